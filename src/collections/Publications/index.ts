// 发布计划: one content variant × one linked account × one planned time. The scheduler (src/jobs/publish)
// moves the status; people act through the endpoints (plan, reschedule, cancel, done, resolve), never by
// editing the row, so a form save can never overwrite what the scheduler just did.
import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../../access'
import { canPlan, staffOrBranchOrPersonal } from '../../access/publishing'
import { kindOptions } from '../ChannelAccounts'
import { publicationEndpoints } from './endpoints'
import { dropJob, syncJob } from './hooks/syncJob'
import { preparePublication } from './hooks/preparePublication'
import { PUBLICATION_STATUSES } from './statuses'
import { holdOnContentChange } from './hooks/holdOnContentChange'
import { contentStatusListeners } from '../../lib/content-events'

const readOnly = { readOnly: true, position: 'sidebar' as const }
const when = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: { zh: '发布计划', en: 'Publication' }, plural: { zh: '发布计划', en: 'Publications' } },
  admin: {
    useAsTitle: 'plannedAt',
    defaultColumns: ['plannedAt', 'content', 'account', 'status', 'mode', 'attempts'],
    group: { zh: '发布', en: 'Publishing' },
    description: {
      zh: '在“发布到矩阵”中安排，在“发布日历”中调整。状态由调度器维护，保证每条内容只发一次。',
      en: 'Planned from “Publish to matrix”, moved in the calendar. The scheduler keeps the status and posts each exactly once.',
    },
  },
  access: { read: staffOrBranchOrPersonal('manager', 'assignee'), create: canPlan, update: nobody, delete: isAdmin },
  endpoints: publicationEndpoints,
  hooks: { beforeChange: [preparePublication], afterChange: [syncJob], afterDelete: [dropJob] },
  fields: [
    { name: 'content', type: 'relationship', relationTo: 'contents', required: true, index: true, label: { zh: '内容', en: 'Content' } },
    { name: 'account', type: 'relationship', relationTo: 'channel-accounts', required: true, index: true, label: { zh: '渠道账号', en: 'Account' } },
    {
      name: 'plannedAt',
      type: 'date',
      required: true,
      index: true,
      timezone: true,
      label: { zh: '计划发布时间', en: 'Planned time' },
      admin: when,
    },
    { name: 'massSend', type: 'checkbox', defaultValue: false, label: { zh: '群发推送（公众号）', en: 'Mass send (Official Account)' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'scheduled', index: true, options: [...PUBLICATION_STATUSES], label: { zh: '状态', en: 'Status' }, admin: readOnly },
    { name: 'onHold', type: 'checkbox', defaultValue: false, index: true, label: { zh: '暂停（内容待重新审核）', en: 'On hold (content awaits re-approval)' }, admin: readOnly },
    { name: 'overdue', type: 'checkbox', defaultValue: false, label: { zh: '已逾期', en: 'Overdue' }, admin: readOnly },
    { name: 'kind', type: 'select', options: kindOptions, label: { zh: '渠道类型', en: 'Channel' }, admin: readOnly },
    {
      name: 'variant',
      type: 'select',
      label: { zh: '内容版本', en: 'Variant' },
      options: [
        { value: 'moments', label: { zh: '朋友圈', en: 'Moments' } },
        { value: 'article', label: { zh: '公众号文章', en: 'Article' } },
        { value: 'video', label: { zh: '视频号', en: 'Channels video' } },
        { value: 'group', label: { zh: '社群消息', en: 'Group message' } },
      ],
      admin: readOnly,
    },
    {
      name: 'mode',
      type: 'select',
      label: { zh: '发布方式', en: 'Mode' },
      options: [
        { value: 'auto', label: { zh: '自动发布', en: 'Automatic' } },
        { value: 'task', label: { zh: '任务（成员确认）', en: 'Task (member confirms)' } },
        { value: 'manual', label: { zh: '手动（提醒+素材包）', en: 'Manual (reminder + kit)' } },
      ],
      admin: readOnly,
    },
    { name: 'branch', type: 'relationship', relationTo: 'branches', index: true, label: { zh: '所属机构', en: 'Branch' }, admin: readOnly },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '负责人', en: 'Responsible' }, admin: { position: 'sidebar' } },
    { name: 'assignee', type: 'relationship', relationTo: 'users', index: true, label: { zh: '执行人', en: 'Assignee' }, admin: { position: 'sidebar' } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { zh: '尝试次数', en: 'Attempts' }, admin: readOnly },
    { name: 'attemptId', type: 'text', index: true, admin: { hidden: true } },
    { name: 'claimedAt', type: 'date', index: true, admin: { hidden: true } },
    { name: 'createStep', type: 'text', label: { zh: '最后一次创建请求', en: 'Last creating call' }, admin: readOnly },
    { name: 'platformId', type: 'text', index: true, label: { zh: '平台编号', en: 'Platform id' }, admin: readOnly },
    { name: 'urls', type: 'json', label: { zh: '文章链接', en: 'URLs' }, admin: { readOnly: true } },
    { name: 'lastError', type: 'text', label: { zh: '最近错误', en: 'Last error' }, admin: { readOnly: true } },
    { name: 'publishedAt', type: 'date', label: { zh: '发布时间', en: 'Published at' }, admin: { ...readOnly, ...when } },
    { name: 'kit', type: 'json', label: { zh: '发布素材包', en: 'Kit' }, admin: { readOnly: true } },
    { name: 'progress', type: 'json', label: { zh: '任务进度', en: 'Task progress' }, admin: { readOnly: true } },
    { name: 'doneAt', type: 'date', label: { zh: '完成时间', en: 'Done at' }, admin: { ...readOnly, ...when } },
    { name: 'doneBy', type: 'relationship', relationTo: 'users', label: { zh: '确认人', en: 'Confirmed by' }, admin: readOnly },
    { name: 'escalatedTo', type: 'relationship', relationTo: 'users', index: true, label: { zh: '已升级给', en: 'Escalated to' }, admin: readOnly },
    { name: 'escalatedAt', type: 'date', label: { zh: '升级时间', en: 'Escalated at' }, admin: { ...readOnly, ...when } },
  ],
}

contentStatusListeners.push(holdOnContentChange)
