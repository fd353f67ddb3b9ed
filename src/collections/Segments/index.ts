// 客群标签: product holdings (代发工资, 信用卡, 理财, 养老金…) and persona traits that content variants target.
import type { CollectionConfig } from 'payload'

import { isLoggedIn } from '../../access'
import { canWriteContent } from '../../access/content'

export const Segments: CollectionConfig = {
  slug: 'segments',
  labels: { singular: { zh: '客群标签', en: 'Segment' }, plural: { zh: '客群标签', en: 'Segments' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'group', 'code'],
    group: { zh: '内容', en: 'Content' },
    description: { zh: '产品标签（持有的产品）与画像标签（兴趣、行为、年龄段、地区）；渠道版本可定向到客群。', en: 'Product and persona tags; a channel variant may target segments.' },
  },
  access: { read: isLoggedIn, create: canWriteContent, update: canWriteContent, delete: canWriteContent },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' }, maxLength: 40 },
    { name: 'nameEn', type: 'text', label: { zh: '英文名', en: 'English name' }, maxLength: 60 },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '编码', en: 'Code' },
      admin: { description: { zh: '稳定标识，如 prod.payroll、age.26-35', en: 'Stable id such as prod.payroll or age.26-35' } },
      validate: (v: unknown) => /^[a-z0-9][a-z0-9.-]{1,59}$/.test(String(v ?? '')) || '编码只能包含小写字母、数字、点和横线 / Use lower-case letters, digits, dots and dashes',
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'product',
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'product', label: { zh: '产品标签', en: 'Product' } },
        { value: 'persona', label: { zh: '画像标签', en: 'Persona' } },
      ],
    },
    {
      name: 'group',
      type: 'select',
      label: { zh: '画像维度', en: 'Persona dimension' },
      options: [
        { value: 'interest', label: { zh: '兴趣', en: 'Interest' } },
        { value: 'behaviour', label: { zh: '行为', en: 'Behaviour' } },
        { value: 'age-band', label: { zh: '年龄段', en: 'Age band' } },
        { value: 'region', label: { zh: '地区', en: 'Region' } },
      ],
      admin: { condition: (data) => data?.kind === 'persona' },
    },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' }, maxLength: 200 },
  ],
}
