// 客户群: each manager's customer groups, with the group's rules, welcome ritual and a health signal.
import type { CollectionConfig } from 'payload'

import { canCreateGroup, staffOnlyField, staffOrGroupOwner } from '../../access/community'
import { groupHealth, HEALTH_LABELS } from '../../lib/community/health'
import { linkedAccountExists, ownGroup } from './hooks/ownGroup'
import { touchGroups } from './touch'

export const Groups: CollectionConfig = {
  slug: 'groups',
  labels: { singular: { zh: '客户群', en: 'Customer group' }, plural: { zh: '客户群', en: 'Customer groups' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'memberCount', 'health', 'lastActivityAt', 'manager'],
    group: { zh: '社群', en: 'Community' },
    description: {
      zh: '客户经理的社群。3天无互动标为“变冷”，7天标为“沉寂”——请尽快安排活动唤醒。',
      en: 'Managers’ customer groups. Quiet after 3 days without activity, dying after 7.',
    },
  },
  access: { read: staffOrGroupOwner, create: canCreateGroup, update: staffOrGroupOwner, delete: staffOrGroupOwner },
  endpoints: [touchGroups],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '群名称', en: 'Group name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'outer',
          label: { zh: '类型', en: 'Type' },
          options: [
            { value: 'core', label: { zh: '核心群（高净值/老客户）', en: 'Core' } },
            { value: 'outer', label: { zh: '外围群（泛客群）', en: 'Outer' } },
          ],
        },
        { name: 'memberCount', type: 'number', required: true, defaultValue: 0, min: 0, max: 2000, label: { zh: '成员数', en: 'Members' } },
      ],
    },
    {
      name: 'manager',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { zh: '群主（客户经理）', en: 'Owner (manager)' },
      filterOptions: { role: { equals: 'manager' } },
      access: { create: staffOnlyField, update: staffOnlyField },
      admin: { position: 'sidebar', description: { zh: '客户经理新建的群自动归属本人。', en: 'A manager’s new group is their own.' } },
    },
    { name: 'branch', type: 'relationship', relationTo: 'branches', index: true, label: { zh: '机构', en: 'Branch' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'segments', type: 'relationship', relationTo: 'segments', hasMany: true, label: { zh: '客群标签', en: 'Segments' } },
    {
      name: 'account',
      type: 'relationship',
      relationTo: 'channel-accounts',
      label: { zh: '企业微信客户群账号', en: 'WeCom customer-group account' },
      filterOptions: { kind: { equals: 'wecom_groups' } },
      // linking WeCom is the administrators' job; managers cannot even read channel accounts, so the
      // existence check must not run with their access (it would refuse every save of their own group)
      access: { create: staffOnlyField, update: staffOnlyField },
      validate: linkedAccountExists,
      admin: {
        position: 'sidebar',
        description: { zh: '已关联：SOP 生成企业微信群发任务；未关联：生成手动提醒。', en: 'Linked: SOP creates WeCom group tasks; otherwise manual reminders.' },
      },
    },
    { name: 'wecomChatId', type: 'text', maxLength: 64, access: { create: staffOnlyField, update: staffOnlyField }, label: { zh: '企业微信群ID', en: 'WeCom chat id' }, admin: { position: 'sidebar' } },
    { name: 'rules', type: 'textarea', maxLength: 1000, label: { zh: '群规', en: 'Group rules' } },
    { name: 'welcomeMessage', type: 'textarea', maxLength: 1000, label: { zh: '入群仪式（欢迎语）', en: 'Welcome message' } },
    {
      name: 'lastActivityAt',
      type: 'date',
      index: true,
      label: { zh: '最近活动', en: 'Last activity' },
      timezone: true,
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: { zh: '完成群任务时自动更新。', en: 'Updated when a group task is done.' } },
    },
    {
      name: 'health',
      type: 'select',
      virtual: true,
      label: { zh: '健康度', en: 'Health' },
      options: (Object.keys(HEALTH_LABELS) as (keyof typeof HEALTH_LABELS)[]).map((k) => ({ value: k, label: { zh: HEALTH_LABELS[k].zh, en: HEALTH_LABELS[k].en } })),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [({ siblingData }) => groupHealth(siblingData.lastActivityAt, siblingData.createdAt)] },
    },
  ],
  hooks: { beforeChange: [ownGroup] },
}
