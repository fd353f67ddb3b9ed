// MatrixDesk 矩阵台 — Payload configuration shared by the web process (Next.js), the worker and the tests.
import path from 'node:path'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections, globals } from './src/collections'
import { databaseAdapter } from './src/lib/database'
import { loadEnv } from './src/lib/env'
import { MEDIA_LIMITS } from './src/lib/media-limits'
import { adminTranslations } from './src/lib/i18n'
import { endpoints } from './src/endpoints'
import { adminViews, dashboardBlocks, navLinks } from './src/components/admin/registry'

const env = loadEnv()
const root = env.root

export default buildConfig({
  serverURL: process.env.PAYLOAD_SERVER_URL || undefined,
  secret: env.payloadSecret,
  telemetry: false,
  admin: {
    user: 'users',
    // the default Gravatar needs the internet; bank intranets often have none
    avatar: 'default',
    dateFormat: 'yyyy-MM-dd HH:mm',
    timezones: {
      defaultTimezone: 'Asia/Shanghai',
      supportedTimezones: [{ label: '北京时间 Asia/Shanghai', value: 'Asia/Shanghai' }],
    },
    meta: {
      titleSuffix: ' · MatrixDesk 矩阵台',
      description: 'MatrixDesk 矩阵台 — 银行新媒体矩阵内容与发布管理',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/brand/favicon.svg' }],
    },
    importMap: {
      baseDir: root,
      importMapFile: path.resolve(root, 'src/app/(payload)/admin/importMap.js'),
    },
    components: {
      graphics: {
        Logo: '/src/components/admin/Logo#Logo',
        Icon: '/src/components/admin/Icon#Icon',
      },
      beforeDashboard: dashboardBlocks,
      afterNavLinks: navLinks,
      views: adminViews,
    },
  },
  i18n: {
    fallbackLanguage: 'zh',
    supportedLanguages: { zh, en },
    translations: adminTranslations,
  },
  collections,
  globals,
  endpoints,
  editor: lexicalEditor(),
  db: databaseAdapter(env),
  sharp,
  upload: { limits: { fileSize: MEDIA_LIMITS.maxVideoBytes } },
  typescript: {
    outputFile: path.resolve(root, 'src/payload-types.ts'),
    autoGenerate: false,
  },
  graphQL: { disablePlaygroundInProduction: true },
  cors: [env.publicUrl],
  csrf: [env.publicUrl],
})
