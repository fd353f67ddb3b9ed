// Hourly scan counters per tracking link, written with the raw events they count (src/lib/tracking/record.ts)
// so dashboards never scan millions of raw rows. Each write appends its own rows under a unique key — no
// read-modify-write, so several writers never lose an update, and a repeated batch never counts twice.
import type { CollectionConfig } from 'payload'

import { recordedEvents } from '../../access/tracking'

export const TrackingStats: CollectionConfig = {
  slug: 'tracking-stats',
  labels: { singular: { zh: '扫码小时统计', en: 'Hourly scan count' }, plural: { zh: '扫码小时统计', en: 'Hourly scan counts' } },
  admin: { hidden: true, group: { zh: '数据', en: 'Analytics' } },
  access: recordedEvents,
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'hour', type: 'date', required: true, index: true },
    { name: 'link', type: 'relationship', relationTo: 'tracking-links', index: true },
    { name: 'campaign', type: 'text', index: true },
    { name: 'channel', type: 'text' },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true },
    { name: 'branch', type: 'relationship', relationTo: 'branches' },
    { name: 'visits', type: 'number', defaultValue: 0 },
    { name: 'referred', type: 'number', defaultValue: 0 },
    { name: 'suspicious', type: 'number', defaultValue: 0 },
  ],
}
