// 社群SOP: a weekly posting plan for every group of a branch subtree (optionally one segment or group type).
// Each day the sop queue turns today's slots into tasks for every manager's groups, through the scheduler.
import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access'
import { readGroupSops } from '../../access/community'
import { WEEKDAYS } from '../../lib/community/sop-time'
import { validateSlots } from './hooks/validateSlots'

export const GroupSops: CollectionConfig = {
  slug: 'group-sops',
  labels: { singular: { zh: '社群SOP', en: 'Group SOP' }, plural: { zh: '社群SOP', en: 'Group SOPs' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'branch', 'groupType', 'active'],
    group: { zh: '社群', en: 'Community' },
    description: {
      zh: '每周社群运营节奏（如 周一早安金融资讯、周三小游戏后接产品）。每天通过发布排期为适用机构下每位客户经理的客户群生成当日任务。',
      en: 'A weekly group plan. Every day it generates each manager’s group tasks for the branch subtree it applies to.',
    },
  },
  access: { read: readGroupSops, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'branch',
          type: 'relationship',
          relationTo: 'branches',
          required: true,
          index: true,
          label: { zh: '适用机构（含下级）', en: 'Branch (and below)' },
        },
        { name: 'segment', type: 'relationship', relationTo: 'segments', label: { zh: '仅限客群标签', en: 'Only segment' } },
        {
          name: 'groupType',
          type: 'select',
          required: true,
          defaultValue: 'all',
          label: { zh: '群类型', en: 'Group type' },
          options: [
            { value: 'all', label: { zh: '全部', en: 'All' } },
            { value: 'core', label: { zh: '核心群', en: 'Core' } },
            { value: 'outer', label: { zh: '外围群', en: 'Outer' } },
          ],
        },
      ],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { zh: '启用', en: 'Active' } },
    {
      name: 'slots',
      type: 'array',
      required: true,
      minRows: 1,
      label: { zh: '每周节奏', en: 'Weekly slots' },
      labels: { singular: { zh: '时段', en: 'Slot' }, plural: { zh: '时段', en: 'Slots' } },
      admin: { initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weekday',
              type: 'select',
              required: true,
              label: { zh: '星期', en: 'Weekday' },
              options: WEEKDAYS.map((w) => ({ value: String(w.value), label: { zh: w.zh, en: w.en } })),
            },
            {
              name: 'time',
              type: 'text',
              required: true,
              defaultValue: '09:00',
              label: { zh: '时间（北京时间）', en: 'Time (Beijing)' },
              admin: { placeholder: '09:00' },
            },
            { name: 'title', type: 'text', required: true, maxLength: 30, label: { zh: '主题', en: 'Title' } },
          ],
        },
        {
          name: 'content',
          type: 'relationship',
          relationTo: 'contents',
          required: true,
          label: { zh: '发布内容（需审核通过，含社群版）', en: 'Content (approved, with a group variant)' },
          admin: { description: { zh: '小游戏时段：选择社群版关联了活动库活动的内容。', en: 'Game slots: pick a content whose group variant links an activity.' } },
        },
      ],
    },
  ],
  hooks: { beforeValidate: [validateSlots] },
}
