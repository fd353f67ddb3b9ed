// 互动参与记录: one row per person per interactive activity (quiz answers, a vote, a lottery draw).
// Written only by POST /api/activities/:id/participate; nobody edits them through the API.
import type { CollectionConfig } from 'payload'

import { nobody } from '../../access'
import { staffOnlyField, staffOrGroupOwner } from '../../access/community'

export const Participations: CollectionConfig = {
  slug: 'participations',
  labels: { singular: { zh: '互动参与', en: 'Participation' }, plural: { zh: '互动参与记录', en: 'Participations' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['activity', 'summary', 'manager', 'createdAt'],
    group: { zh: '社群', en: 'Community' },
    description: {
      zh: '客户在互动H5上的答题、投票与抽奖记录。抽奖的随机种子在抽取前保存，可复算核验。',
      en: 'Quiz answers, votes and lottery draws from the public H5 pages. Lottery seeds are stored before the draw and can be re-checked.',
    },
  },
  access: { read: staffOrGroupOwner, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'activity', type: 'relationship', relationTo: 'activities', required: true, index: true, label: { zh: '活动', en: 'Activity' } },
    { name: 'kind', type: 'select', required: true, options: ['quiz', 'vote', 'lottery'], label: { zh: '类型', en: 'Kind' } },
    { name: 'summary', type: 'text', label: { zh: '结果', en: 'Result' } },
    { name: 'manager', type: 'relationship', relationTo: 'users', index: true, label: { zh: '归属客户经理', en: 'Manager' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', index: true, label: { zh: '机构', en: 'Branch' } },
    { name: 'trackingCode', type: 'text', index: true, label: { zh: '推广码', en: 'Tracking code' } },
    // keyed hashes of the device cookie and of IP + user agent; never the raw values
    { name: 'visitorKey', type: 'text', index: true, access: { read: staffOnlyField }, admin: { readOnly: true } },
    { name: 'fingerprint', type: 'text', index: true, access: { read: staffOnlyField }, admin: { readOnly: true } },
    /** `<activityId>:<visitorKey>` — the database itself refuses a second row for the same device */
    { name: 'dedupeKey', type: 'text', unique: true, access: { read: staffOnlyField }, admin: { hidden: true } },
    { name: 'answers', type: 'json', label: { zh: '作答', en: 'Answers' } },
    { type: 'row', fields: [
      { name: 'score', type: 'number', label: { zh: '答对题数', en: 'Correct' } },
      { name: 'total', type: 'number', label: { zh: '题数', en: 'Questions' } },
      { name: 'choice', type: 'text', index: true, label: { zh: '投票选项', en: 'Vote option' } },
    ] },
    {
      name: 'lottery',
      type: 'group',
      label: { zh: '抽奖审计', en: 'Lottery audit' },
      admin: { condition: (data) => data?.kind === 'lottery' },
      fields: [
        { name: 'seed', type: 'text', label: { zh: '随机种子（抽取前写入）', en: 'Seed (stored before the draw)' } },
        { name: 'prizeTable', type: 'json', label: { zh: '抽取时的奖项表', en: 'Prize table at draw time' } },
        { name: 'value', type: 'number', label: { zh: '抽取值', en: 'Draw value' } },
        { name: 'ticket', type: 'number', label: { zh: '落点', en: 'Ticket' } },
        { name: 'prize', type: 'text', label: { zh: '奖项', en: 'Prize' } },
        { name: 'won', type: 'checkbox', label: { zh: '中奖', en: 'Won' } },
        { name: 'drawnAt', type: 'date', label: { zh: '抽取时间', en: 'Drawn at' } },
      ],
    },
  ],
}
