// 借势热点: hot topics from social platforms and the festival & solar-term calendar, each with a heat window.
// Past its window a topic is stale, and so is its unpublished content (see src/jobs/content/stale.ts).
import type { CollectionConfig } from 'payload'

import { isLoggedIn } from '../../access'
import { canWriteContent } from '../../access/content'
import { TOPIC_SOURCES } from '../../lib/topic-import'
import { campaignFromTopicEndpoint, importTopicsEndpoint } from './endpoints'

const sourceLabels: Record<string, string> = { manual: '手动添加 Manual' }
const C = '/src/components/admin/content'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { zh: '借势热点', en: 'Hot topic' }, plural: { zh: '借势热点', en: 'Hot topics' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'source', 'heat', 'windowEnd', 'stale'],
    group: { zh: '内容', en: 'Content' },
    description: { zh: '社交平台热点与节日节气日历。热度窗口过后热点标记为过期。', en: 'Trending topics and the festival calendar; stale after their window.' },
    components: { beforeListTable: [`${C}/TopicImport#TopicImport`] },
  },
  defaultSort: 'windowEnd',
  access: { read: isLoggedIn, create: canWriteContent, update: canWriteContent, delete: canWriteContent },
  endpoints: [importTopicsEndpoint, campaignFromTopicEndpoint],
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        const end = data.windowEnd ?? originalDoc?.windowEnd
        data.stale = Boolean(end && new Date(end).getTime() < Date.now())
        return data
      },
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 100, index: true, label: { zh: '热点', en: 'Title' } },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'manual',
      label: { zh: '来源', en: 'Source' },
      options: TOPIC_SOURCES.map((value) => ({ value, label: sourceLabels[value] ?? value })),
    },
    { name: 'heat', type: 'number', required: true, min: 0, max: 100, defaultValue: 50, label: { zh: '热度（0–100）', en: 'Heat (0–100)' } },
    {
      type: 'row',
      fields: [
        {
          name: 'firstSeen', type: 'date', required: true, timezone: true, label: { zh: '首次出现', en: 'First seen' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
        },
        {
          name: 'windowEnd', type: 'date', required: true, timezone: true, index: true, label: { zh: '热度窗口结束', en: 'Heat window ends' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
        },
      ],
    },
    { name: 'tags', type: 'text', hasMany: true, label: { zh: '标签', en: 'Tags' } },
    {
      name: 'angles',
      type: 'array',
      label: { zh: '可借势角度', en: 'Angles worth taking' },
      labels: { singular: { zh: '角度', en: 'Angle' }, plural: { zh: '角度', en: 'Angles' } },
      fields: [{ name: 'angle', type: 'textarea', required: true, maxLength: 200, label: { zh: '角度', en: 'Angle' } }],
    },
    { name: 'campaigns', type: 'join', collection: 'campaigns', on: 'topic', label: { zh: '关联活动', en: 'Linked campaigns' } },
    { name: 'startCampaign', type: 'ui', admin: { position: 'sidebar', components: { Field: `${C}/StartCampaign#StartCampaign` } } },
    {
      name: 'festivalKey', type: 'text', unique: true, index: true, label: { zh: '节日编号', en: 'Festival key' },
      admin: { position: 'sidebar', readOnly: true, description: { zh: '节日节气日历生成，如 mid-autumn-2027', en: 'Set by the festival calendar, e.g. mid-autumn-2027' } },
    },
    { name: 'festivalDate', type: 'text', label: { zh: '节日日期', en: 'Festival date' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'stale', type: 'checkbox', index: true, label: { zh: '已过期', en: 'Stale' }, admin: { position: 'sidebar', readOnly: true } },
  ],
}
