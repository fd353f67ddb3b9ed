// 互动数据: platform metrics (reads, likes, shares, comments) pulled on a schedule from the channel
// adapters into snapshots; the latest snapshot of a publication is its current figure.
import type { CollectionConfig } from 'payload'

import { recordedEvents } from '../../access/tracking'
import { TRACKING_CHANNELS } from '../../lib/tracking/vocabulary'

export const Engagement: CollectionConfig = {
  slug: 'engagement',
  labels: { singular: { zh: '互动数据', en: 'Engagement snapshot' }, plural: { zh: '互动数据', en: 'Engagement' } },
  admin: {
    useAsTitle: 'publication',
    defaultColumns: ['at', 'publication', 'channel', 'reads', 'likes', 'shares', 'comments'],
    group: { zh: '数据', en: 'Analytics' },
    description: { zh: '定时从公众号、企业微信拉取的阅读、点赞、转发、评论快照。', en: 'Snapshots pulled on a schedule from the Official Account and WeCom.' },
  },
  access: recordedEvents,
  timestamps: false,
  fields: [
    { name: 'publication', type: 'text', required: true, index: true, label: { zh: '发布计划', en: 'Publication' } },
    { name: 'account', type: 'text', index: true, label: { zh: '渠道账号', en: 'Account' } },
    { name: 'platformId', type: 'text', label: { zh: '平台编号', en: 'Platform id' } },
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '采集时间', en: 'Taken at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'campaign', type: 'text', index: true, label: { zh: '活动', en: 'Campaign' } },
    {
      name: 'channel',
      type: 'select',
      options: TRACKING_CHANNELS.map((c) => ({ value: c.value, label: { ...c.label } })),
      label: { zh: '渠道', en: 'Channel' },
    },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '客户经理', en: 'Manager' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '机构', en: 'Branch' } },
    {
      type: 'row',
      fields: [
        { name: 'reads', type: 'number', defaultValue: 0, label: { zh: '阅读', en: 'Reads' } },
        { name: 'likes', type: 'number', defaultValue: 0, label: { zh: '点赞', en: 'Likes' } },
        { name: 'shares', type: 'number', defaultValue: 0, label: { zh: '转发', en: 'Shares' } },
        { name: 'comments', type: 'number', defaultValue: 0, label: { zh: '评论', en: 'Comments' } },
        { name: 'reach', type: 'number', defaultValue: 0, label: { zh: '触达', en: 'Reach' } },
      ],
    },
  ],
}
