// 数据回传接口: business systems (core banking, card system, activity platform) that post conversions
// to POST /api/events with their own API key. Admin-only; the key is shown once and stored as a hash.
import type { CollectionConfig } from 'payload'

import { adminOnly } from '../../access/tracking'
import { generateApiKey } from '../../lib/tracking/codes'
import { hashKeyOnCreate, revealKeyOnce } from './hooks/apiKey'

export const Integrations: CollectionConfig = {
  slug: 'integrations',
  labels: { singular: { zh: '数据回传接口', en: 'Integration' }, plural: { zh: '数据回传接口', en: 'Integrations' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'keyPrefix', 'active', 'lastUsedAt'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '业务系统用 API 密钥调用 POST /api/events 回传开户、绑卡、购买等事件。',
      en: 'Business systems post conversions to POST /api/events with an API key.',
    },
  },
  access: adminOnly,
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '系统名称', en: 'Name' } },
    {
      name: 'apiKey',
      type: 'text',
      virtual: true,
      defaultValue: () => generateApiKey(),
      // only the create form (default value) and the create response (revealKeyOnce) ever carry it
      hooks: { afterRead: [() => null] },
      label: { zh: 'API 密钥', en: 'API key' },
      admin: {
        readOnly: true,
        condition: (data) => !data?.id,
        description: { zh: '请立即复制保存：保存后只存哈希，不再显示。', en: 'Copy it now: only its hash is stored; it is not shown again.' },
      },
    },
    { name: 'keyPrefix', type: 'text', label: { zh: '密钥前缀', en: 'Key prefix' }, admin: { readOnly: true } },
    { name: 'keyHash', type: 'text', index: true, access: { read: () => false, update: () => false }, admin: { hidden: true } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Active' } },
    { name: 'lastUsedAt', type: 'date', label: { zh: '最近调用', en: 'Last used' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
  hooks: { beforeChange: [hashKeyOnCreate], afterChange: [revealKeyOnce] },
}
