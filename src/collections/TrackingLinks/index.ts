// 推广码/活码: every QR code and link MatrixDesk puts into a poster or publication. Scans go through
// /t/<code> (src/routes/tracking.ts), which records them and redirects to the target.
import type { CollectionConfig } from 'payload'

import { trackingLinkAccess } from '../../access/tracking'
import { TRACKING_CHANNELS } from '../../lib/tracking/vocabulary'
import { trackingUrl } from '../../lib/tracking/links'
import { cacheLink, uncacheLink } from './hooks/cache'
import { fillLink } from './hooks/fill'
import { resolveEndpoint } from './resolve'

export const TrackingLinks: CollectionConfig = {
  slug: 'tracking-links',
  labels: { singular: { zh: '推广码', en: 'Tracking link' }, plural: { zh: '推广码', en: 'Tracking links' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'campaignName', 'channel', 'manager', 'branch', 'createdAt'],
    group: { zh: '数据', en: 'Analytics' },
    description: {
      zh: '海报二维码和发布内容中的每个链接都是一个推广码，扫码/点击经 /t/<码> 记录后跳转。',
      en: 'Every QR code and link in posters and publications; scans go through /t/<code>, are recorded, then redirected.',
    },
  },
  access: trackingLinkAccess,
  endpoints: [resolveEndpoint],
  fields: [
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '短码', en: 'Code' },
      admin: { readOnly: true, description: { zh: '保存后自动生成', en: 'Generated on save' } },
    },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: { zh: '推广链接', en: 'Tracking URL' },
      admin: { readOnly: true },
      hooks: { afterRead: [({ siblingData }) => (siblingData?.code ? trackingUrl(siblingData.code) : undefined)] },
    },
    {
      name: 'target',
      type: 'text',
      label: { zh: '跳转地址', en: 'Target' },
      admin: { description: { zh: '留空则跳到客户经理的云工作室 /s/<经理>', en: 'Empty: the manager’s studio page /s/<manager>' } },
      validate: (v: unknown) =>
        !v ||
        /^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(String(v)) ||
        '请输入 http(s):// 开头的网址或 / 开头的站内路径 / Enter an http(s) URL or a path starting with /',
    },
    {
      type: 'row',
      fields: [
        { name: 'campaign', type: 'text', index: true, label: { zh: '活动', en: 'Campaign' } },
        { name: 'campaignName', type: 'text', label: { zh: '活动名称', en: 'Campaign name' } },
        {
          name: 'channel',
          type: 'select',
          index: true,
          options: TRACKING_CHANNELS.map((c) => ({ value: c.value, label: { ...c.label } })),
          label: { zh: '渠道', en: 'Channel' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'content', type: 'text', index: true, label: { zh: '内容', en: 'Content' } },
        { name: 'publication', type: 'text', index: true, label: { zh: '发布计划', en: 'Publication' } },
        { name: 'poster', type: 'text', index: true, label: { zh: '海报', en: 'Poster' } },
      ],
    },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '客户经理', en: 'Manager' }, admin: { position: 'sidebar' } },
    {
      name: 'branch',
      type: 'relationship',
      relationTo: 'branches',
      index: true,
      label: { zh: '机构', en: 'Branch' },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'comboKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  ],
  hooks: { beforeChange: [fillLink], afterChange: [cacheLink], afterDelete: [uncacheLink] },
}
