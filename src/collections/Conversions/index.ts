// 转化事件: downstream events (开户, 绑卡, 购买, 报名, 参与活动) posted by integrations to POST /api/events,
// attributed through a tracking or referral code and mapped to an AARRR stage by the funnel settings.
import type { CollectionConfig } from 'payload'

import { recordedEvents } from '../../access/tracking'
import { EVENT_STAGES, TRACKING_CHANNELS } from '../../lib/tracking/vocabulary'

export const Conversions: CollectionConfig = {
  slug: 'conversions',
  labels: { singular: { zh: '转化事件', en: 'Conversion' }, plural: { zh: '转化事件', en: 'Conversions' } },
  admin: {
    useAsTitle: 'typeLabel',
    defaultColumns: ['occurredAt', 'typeLabel', 'stage', 'amount', 'manager', 'channel', 'attributed'],
    group: { zh: '数据', en: 'Analytics' },
    description: { zh: '由业务系统通过 API 回传（开户、绑卡、购买…），系统写入，不可修改。', en: 'Posted by business systems through the API; not editable.' },
  },
  access: recordedEvents,
  fields: [
    { name: 'type', type: 'text', required: true, index: true, label: { zh: '事件类型', en: 'Event type' } },
    { name: 'typeLabel', type: 'text', label: { zh: '事件', en: 'Event' } },
    {
      name: 'stage',
      type: 'select',
      required: true,
      index: true,
      options: EVENT_STAGES.map((s) => ({ value: s.value, label: { ...s.label } })),
      label: { zh: '漏斗阶段', en: 'Funnel stage' },
    },
    { name: 'amount', type: 'number', min: 0, label: { zh: '金额（元）', en: 'Amount (CNY)' } },
    {
      name: 'occurredAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '发生时间', en: 'Occurred at' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'externalId', type: 'text', required: true, label: { zh: '业务流水号', en: 'External id' } },
    { name: 'dedupeKey', type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
    { name: 'integration', type: 'relationship', relationTo: 'integrations', label: { zh: '来源系统', en: 'Integration' } },
    { name: 'attributed', type: 'checkbox', index: true, label: { zh: '已归因', en: 'Attributed' } },
    { name: 'code', type: 'text', label: { zh: '归因短码', en: 'Code' } },
    { name: 'link', type: 'relationship', relationTo: 'tracking-links', index: true, label: { zh: '推广码', en: 'Tracking link' } },
    { name: 'referral', type: 'relationship', relationTo: 'referrals', index: true, label: { zh: '分享链接', en: 'Share link' } },
    { name: 'inviter', type: 'text', index: true, label: { zh: '邀请人', en: 'Inviter' } },
    { name: 'campaign', type: 'text', index: true, label: { zh: '活动', en: 'Campaign' } },
    {
      name: 'channel',
      type: 'select',
      options: TRACKING_CHANNELS.map((c) => ({ value: c.value, label: { ...c.label } })),
      label: { zh: '渠道', en: 'Channel' },
    },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '客户经理', en: 'Manager' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '机构', en: 'Branch' } },
    { name: 'customer', type: 'text', label: { zh: '客户（哈希）', en: 'Customer (hashed)' } },
  ],
}
