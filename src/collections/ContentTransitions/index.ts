// 审核记录: the audit log of the content workflow (who, when, from, to, why). Written only by the workflow
// code (overrideAccess); nobody creates, edits or deletes entries through the API.
import type { CollectionConfig } from 'payload'

import { isStaff, nobody } from '../../access'
import { CONTENT_STATUSES, STATUS_LABELS } from '../Contents/workflow'

const statusOptions = CONTENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }))

export const ContentTransitions: CollectionConfig = {
  slug: 'content-transitions',
  labels: { singular: { zh: '审核记录', en: 'Content transition' }, plural: { zh: '审核记录', en: 'Content transitions' } },
  admin: {
    useAsTitle: 'to',
    defaultColumns: ['at', 'content', 'from', 'to', 'by', 'reason'],
    group: { zh: '内容', en: 'Content' },
    description: { zh: '内容状态的每一次变更，只读。', en: 'Every content status change; read-only.' },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    { name: 'content', type: 'relationship', relationTo: 'contents', required: true, index: true, label: { zh: '内容', en: 'Content' } },
    { name: 'from', type: 'select', required: true, options: statusOptions, label: { zh: '原状态', en: 'From' } },
    { name: 'to', type: 'select', required: true, options: statusOptions, label: { zh: '新状态', en: 'To' } },
    { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'By' }, admin: { description: { zh: '为空表示系统（定时发布）', en: 'Empty = the system (scheduler)' } } },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '时间', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
    },
    { name: 'reason', type: 'textarea', label: { zh: '原因/备注', en: 'Reason' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '机构', en: 'Branch' } },
  ],
}
