// 裂变分享链接: a customer who arrived through a manager's link gets a personal share link. Friends who
// come through it are attributed to that customer (the inviter) and to the manager the chain started from.
import type { CollectionConfig } from 'payload'

import { recordedEvents } from '../../access/tracking'
import { trackingUrl } from '../../lib/tracking/links'
import { shareEndpoint } from './share'

export const Referrals: CollectionConfig = {
  slug: 'referrals',
  labels: { singular: { zh: '裂变分享', en: 'Referral link' }, plural: { zh: '裂变分享', en: 'Referral links' } },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'level', 'manager', 'campaign', 'createdAt'],
    group: { zh: '数据', en: 'Analytics' },
    description: {
      zh: '客户的专属分享链接（邀好友赢礼金）。二级邀请同时归属邀请人和最初的客户经理。',
      en: 'Customers’ personal share links; second-level referrals count for the inviter and the original manager.',
    },
  },
  access: recordedEvents,
  endpoints: [shareEndpoint],
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { zh: '短码', en: 'Code' } },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: { zh: '分享链接', en: 'Share URL' },
      hooks: { afterRead: [({ siblingData }) => (siblingData?.code ? trackingUrl(siblingData.code) : undefined)] },
    },
    { name: 'link', type: 'relationship', relationTo: 'tracking-links', required: true, index: true, label: { zh: '源推广码', en: 'Original tracking link' } },
    { name: 'parent', type: 'relationship', relationTo: 'referrals', index: true, label: { zh: '上级分享', en: 'Parent share link' } },
    { name: 'level', type: 'number', required: true, min: 1, label: { zh: '层级', en: 'Level' } },
    { name: 'inviter', type: 'text', required: true, index: true, label: { zh: '邀请人（设备指纹）', en: 'Inviter (device fingerprint)' } },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '原客户经理', en: 'Original manager' } },
    { name: 'campaign', type: 'text', index: true, label: { zh: '活动', en: 'Campaign' } },
    { name: 'pairKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  ],
}
