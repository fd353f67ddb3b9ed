// 扫码/点击事件: raw events written in batches by the worker from the Redis stream. The stream entry id
// is the event id (unique), so a batch written twice after a crash is never counted twice.
import type { CollectionConfig } from 'payload'

import { recordedEvents } from '../../access/tracking'
import { TRACKING_CHANNELS } from '../../lib/tracking/vocabulary'

export const ScanEvents: CollectionConfig = {
  slug: 'scan-events',
  labels: { singular: { zh: '扫码记录', en: 'Scan event' }, plural: { zh: '扫码记录', en: 'Scan events' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['at', 'code', 'kind', 'channel', 'manager', 'inWechat', 'flag'],
    group: { zh: '数据', en: 'Analytics' },
    description: {
      zh: '每一次扫码或点击（IP 仅存哈希）。系统写入，任何人不可修改。',
      en: 'Every scan or click (IPs hashed). Written by the system; not editable.',
    },
  },
  access: recordedEvents,
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true, index: true, label: { zh: '事件号', en: 'Event id' } },
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '时间', en: 'Time' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'code', type: 'text', index: true, label: { zh: '短码', en: 'Code' } },
    { name: 'link', type: 'relationship', relationTo: 'tracking-links', index: true, label: { zh: '推广码', en: 'Tracking link' } },
    { name: 'referral', type: 'relationship', relationTo: 'referrals', index: true, label: { zh: '分享链接', en: 'Share link' } },
    {
      name: 'kind',
      type: 'select',
      options: [
        { value: 'scan', label: { zh: '扫码', en: 'Scan' } },
        { value: 'click', label: { zh: '点击', en: 'Click' } },
      ],
      label: { zh: '方式', en: 'Kind' },
    },
    { name: 'inWechat', type: 'checkbox', label: { zh: '微信内打开', en: 'In WeChat' } },
    {
      name: 'flag',
      type: 'select',
      index: true,
      options: [
        { value: 'repeat', label: { zh: '同设备重复扫码', en: 'Repeated from one device' } },
        { value: 'velocity', label: { zh: '频率异常', en: 'Velocity limit' } },
      ],
      label: { zh: '可疑标记', en: 'Suspicious' },
      admin: { description: { zh: '有标记的事件不计入漏斗', en: 'Flagged events are not counted' } },
    },
    { name: 'campaign', type: 'text', index: true, label: { zh: '活动', en: 'Campaign' } },
    {
      name: 'channel',
      type: 'select',
      options: TRACKING_CHANNELS.map((c) => ({ value: c.value, label: { ...c.label } })),
      label: { zh: '渠道', en: 'Channel' },
    },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '客户经理', en: 'Manager' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '机构', en: 'Branch' } },
    { name: 'device', type: 'text', index: true, label: { zh: '设备指纹', en: 'Device' } },
    { name: 'ipHash', type: 'text', label: { zh: 'IP 哈希', en: 'IP hash' } },
    { name: 'referrer', type: 'text', label: { zh: '来源页', en: 'Referrer' } },
    { name: 'userAgent', type: 'text', label: { zh: '浏览器', en: 'User agent' } },
    { name: 'statsKey', type: 'text', index: true, admin: { hidden: true } },
  ],
}
