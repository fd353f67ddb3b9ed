// 海报: a template + slot values (+ campaign/content), reviewed like contents. Once approved, every manager
// of the branch lineage downloads their own copy (name, title, phone, avatar, their own tracking QR).
import type { CollectionConfig } from 'payload'

import { isStaffField } from '../../access'
import { posterAccess } from '../../access/posters'
import { posterEndpoints } from './endpoints'
import { guardPoster } from './hooks/guard'
import { checkSlotValues } from './slots'
import { POSTER_STATUS_OPTIONS } from './statuses'
import { templateKeyOf } from './workflow'

const system = { readOnly: true, position: 'sidebar' as const }

export const Posters: CollectionConfig = {
  slug: 'posters',
  labels: { singular: { zh: '海报', en: 'Poster' }, plural: { zh: '海报', en: 'Posters' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'template', 'status', 'campaign', 'branch', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    description: { zh: '审核通过后，客户经理在“我的海报”下载印有自己姓名和专属二维码的海报。', en: 'Once approved, managers download their own copy (their name and QR) from “My posters”.' },
  },
  access: posterAccess,
  endpoints: posterEndpoints,
  fields: [
    {
      name: 'workflow',
      type: 'ui',
      admin: { components: { Field: '/src/components/admin/posters/PosterActions#PosterActions' } },
    },
    { name: 'title', type: 'text', required: true, maxLength: 60, label: { zh: '标题', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'template',
          type: 'relationship',
          relationTo: 'poster-templates',
          required: true,
          label: { zh: '模板', en: 'Template' },
          filterOptions: { enabled: { equals: true } },
        },
        { name: 'size', type: 'text', label: { zh: '尺寸', en: 'Size' }, admin: { description: { zh: '留空为模板的第一个尺寸', en: 'Empty: the template’s first size' } } },
      ],
    },
    {
      name: 'slots',
      type: 'json',
      required: true,
      defaultValue: {},
      label: { zh: '海报文案', en: 'Slot values' },
      admin: {
        description: {
          zh: '按模板字段填写 JSON；图片字段填素材库中的素材ID（不支持网络地址）。',
          en: 'JSON by the template’s slots; image slots take a media-library id (URLs are refused).',
        },
      },
      validate: async (value, { siblingData, req }) => {
        const key = await templateKeyOf(req.payload, (siblingData as { template?: unknown }).template, req)
        return key ? (checkSlotValues(key, value) ?? true) : true
      },
    },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: { path: '/src/components/admin/posters/PosterPreview#PosterPreview', clientProps: { kind: 'poster' } } } },
    },
    {
      type: 'row',
      fields: [
        { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: { zh: '所属活动', en: 'Campaign' } },
        { name: 'content', type: 'relationship', relationTo: 'contents', label: { zh: '关联内容', en: 'Content' } },
      ],
    },
    {
      name: 'personalised',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '个性化（每位客户经理一份，印姓名和专属二维码）', en: 'Personalised (one copy per manager with their name and QR)' },
    },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '发布机构', en: 'Owning branch' }, admin: { position: 'sidebar', description: { zh: '该机构及下属机构的客户经理可见', en: 'Managers of this branch and below see it' } } },
    { name: 'status', type: 'select', options: POSTER_STATUS_OPTIONS, defaultValue: 'draft', index: true, label: { zh: '状态', en: 'Status' }, admin: system },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: { zh: '制作人', en: 'Created by' }, admin: system },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: { zh: '提交人', en: 'Submitted by' }, admin: system },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { zh: '审核人', en: 'Approved by' }, admin: system },
    { name: 'approvedAt', type: 'date', label: { zh: '通过时间', en: 'Approved at' }, admin: { ...system, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'lint', type: 'json', label: { zh: '合规检查', en: 'Compliance lint' }, access: { read: isStaffField }, admin: { readOnly: true, hidden: true } },
    {
      name: 'history',
      type: 'array',
      label: { zh: '审核记录', en: 'Review history' },
      access: { read: isStaffField },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'text', label: { zh: '原状态', en: 'From' } },
            { name: 'to', type: 'text', label: { zh: '新状态', en: 'To' } },
            { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'By' } },
            { name: 'at', type: 'date', label: { zh: '时间', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'reason', type: 'text', label: { zh: '原因', en: 'Reason' } },
      ],
    },
  ],
  hooks: { beforeChange: [guardPoster] },
}
