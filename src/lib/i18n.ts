// Strings of our own admin components, in both languages. Payload's own UI comes from @payloadcms/translations.
export const adminTranslations = {
  zh: {
    matrixdesk: {
      title: 'MatrixDesk 矩阵台',
    },
  },
  en: {
    matrixdesk: {
      title: 'MatrixDesk',
    },
  },
}
