// 活动: a campaign — 借势 trend, 共情 empathy, 互动 interactive or 产品 product — with its AARRR stage, KPIs,
// period, target segments, rewards (权益) and the activity script; interactive kinds carry their parameters.
import type { CollectionConfig, Field } from 'payload'

import { isAdmin } from '../../access'
import { canWriteContent, staffOrBranchLineage } from '../../access/content'
import { branchIdOf, type SessionUser } from '../../access/roles'

const when = (type: string) => (data: { kind?: string; interactive?: { type?: string } } | undefined) =>
  data?.kind === 'interactive' && data?.interactive?.type === type
const dateField = (name: string, zh: string, en: string): Field => ({
  name, type: 'date', timezone: true, label: { zh, en }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
})
const money = (name: string, zh: string, en: string): Field => ({ name, type: 'number', min: 0, label: { zh: `${zh}（元）`, en: `${en} (CNY)` } })

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: { zh: '活动', en: 'Campaign' }, plural: { zh: '活动', en: 'Campaigns' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'stage', 'topic', 'branch', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    description: { zh: '借势、共情、互动、产品四类活动；总行写一次，各分支行复用。', en: 'Trend, empathy, interactive and product campaigns; written once, reused by every branch.' },
  },
  access: { read: staffOrBranchLineage('branch'), create: canWriteContent, update: canWriteContent, delete: isAdmin },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation === 'create' && !data.branch && req.user) data.branch = branchIdOf(req.user as unknown as SessionUser)
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 100, label: { zh: '活动名称', en: 'Name' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind', type: 'select', required: true, defaultValue: 'trend', label: { zh: '活动类型', en: 'Kind' },
          options: [
            { value: 'trend', label: { zh: '借势', en: 'Trend' } },
            { value: 'empathy', label: { zh: '共情', en: 'Empathy' } },
            { value: 'interactive', label: { zh: '互动', en: 'Interactive' } },
            { value: 'product', label: { zh: '产品', en: 'Product' } },
          ],
        },
        {
          name: 'stage', type: 'select', required: true, defaultValue: 'acquisition', label: { zh: 'AARRR阶段', en: 'AARRR stage' },
          options: [
            { value: 'acquisition', label: { zh: '获取', en: 'Acquisition' } },
            { value: 'activation', label: { zh: '激活', en: 'Activation' } },
            { value: 'retention', label: { zh: '留存', en: 'Retention' } },
            { value: 'revenue', label: { zh: '变现', en: 'Revenue' } },
            { value: 'referral', label: { zh: '推荐', en: 'Referral' } },
          ],
        },
      ],
    },
    { name: 'theme', type: 'text', maxLength: 200, label: { zh: '活动主题', en: 'Theme' } },
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: { zh: '借势热点', en: 'Hot topic' } },
    { name: 'period', type: 'group', label: { zh: '活动周期', en: 'Period' }, fields: [{ type: 'row', fields: [dateField('start', '开始', 'Start'), dateField('end', '结束', 'End')] }] },
    {
      name: 'kpis', type: 'array', label: { zh: 'KPI目标', en: 'KPI targets' }, labels: { singular: { zh: 'KPI', en: 'KPI' }, plural: { zh: 'KPI', en: 'KPIs' } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'metric', type: 'select', required: true, label: { zh: '指标', en: 'Metric' },
              options: [
                { value: 'reach', label: { zh: '触达人数', en: 'Reach' } },
                { value: 'reads', label: { zh: '阅读量', en: 'Reads' } },
                { value: 'scans', label: { zh: '扫码数', en: 'Scans' } },
                { value: 'participants', label: { zh: '参与人数', en: 'Participants' } },
                { value: 'new-customers', label: { zh: '新增客户', en: 'New customers' } },
                { value: 'accounts', label: { zh: '开户/签约数', en: 'Accounts opened' } },
                { value: 'aum', label: { zh: '新增资产（万元）', en: 'New AUM (10k CNY)' } },
                { value: 'referrals', label: { zh: '推荐人数', en: 'Referrals' } },
              ],
            },
            { name: 'target', type: 'number', required: true, min: 0, label: { zh: '目标值', en: 'Target' } },
          ],
        },
      ],
    },
    { name: 'segments', type: 'relationship', relationTo: 'segments', hasMany: true, label: { zh: '目标客群', en: 'Target segments' } },
    {
      name: 'rewards', type: 'array', label: { zh: '活动权益', en: 'Rewards' }, labels: { singular: { zh: '权益', en: 'Reward' }, plural: { zh: '权益', en: 'Rewards' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: { zh: '权益名称', en: 'Reward' } },
            { name: 'quantity', type: 'number', min: 0, label: { zh: '数量', en: 'Quantity' } },
            money('unitValue', '单价', 'Unit value'),
          ],
        },
      ],
    },
    { name: 'rules', type: 'textarea', label: { zh: '活动规则', en: 'Rules' } },
    {
      name: 'script', type: 'group', label: { zh: '活动脚本', en: 'Activity script' },
      fields: [
        { name: 'theme', type: 'text', label: { zh: '主题', en: 'Theme' } },
        { name: 'rules', type: 'textarea', label: { zh: '规则', en: 'Rules' } },
        { name: 'content', type: 'textarea', label: { zh: '内容', en: 'Content' } },
        { name: 'form', type: 'text', label: { zh: '形式', en: 'Format' }, admin: { description: { zh: '如：朋友圈海报+社群抽奖', en: 'e.g. Moments poster + group lottery' } } },
        { name: 'rewardAllocation', type: 'textarea', label: { zh: '权益分配', en: 'Reward allocation' } },
      ],
    },
    {
      name: 'interactive', type: 'group', label: { zh: '互动玩法参数', en: 'Interactive parameters' },
      admin: { condition: (data) => data?.kind === 'interactive' },
      fields: [
        {
          name: 'type', type: 'select', label: { zh: '玩法', en: 'Mechanic' },
          options: [
            { value: 'vote', label: { zh: '投票', en: 'Vote' } },
            { value: 'quiz', label: { zh: '答题', en: 'Quiz' } },
            { value: 'lottery', label: { zh: '抽奖', en: 'Lottery' } },
            { value: 'red-packet', label: { zh: '红包', en: 'Red packet' } },
            { value: 'spokesperson', label: { zh: '代言海报', en: 'Spokesperson poster' } },
            { value: 'invite', label: { zh: '邀请有礼', en: 'Invite a friend' } },
          ],
        },
        {
          name: 'voteOptions', type: 'array', label: { zh: '投票选项', en: 'Vote options' }, admin: { condition: when('vote') },
          fields: [{ name: 'option', type: 'text', required: true, label: { zh: '选项', en: 'Option' } }],
        },
        { name: 'votesPerUser', type: 'number', min: 1, defaultValue: 1, label: { zh: '每人可投票数', en: 'Votes per person' }, admin: { condition: when('vote') } },
        {
          name: 'quiz', type: 'array', label: { zh: '题目', en: 'Questions' }, admin: { condition: when('quiz') },
          fields: [
            { name: 'question', type: 'text', required: true, label: { zh: '题目', en: 'Question' } },
            { name: 'choices', type: 'text', hasMany: true, label: { zh: '选项', en: 'Choices' } },
            { name: 'answer', type: 'text', required: true, label: { zh: '正确答案', en: 'Answer' } },
          ],
        },
        { name: 'passScore', type: 'number', min: 0, label: { zh: '及格题数', en: 'Correct answers to pass' }, admin: { condition: when('quiz') } },
        {
          name: 'prizes', type: 'array', label: { zh: '奖项', en: 'Prizes' }, admin: { condition: when('lottery') },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'name', type: 'text', required: true, label: { zh: '奖品', en: 'Prize' } },
                { name: 'count', type: 'number', required: true, min: 1, label: { zh: '数量', en: 'Count' } },
                { name: 'probability', type: 'number', min: 0, max: 100, label: { zh: '中奖率（%）', en: 'Probability (%)' } },
              ],
            },
          ],
        },
        { name: 'drawsPerUser', type: 'number', min: 1, defaultValue: 1, label: { zh: '每人抽奖次数', en: 'Draws per person' }, admin: { condition: when('lottery') } },
        {
          name: 'redPacket', type: 'group', label: { zh: '红包设置', en: 'Red packet' }, admin: { condition: when('red-packet') },
          fields: [
            {
              type: 'row',
              fields: [money('total', '总金额', 'Total'), { name: 'count', type: 'number', min: 1, label: { zh: '红包个数', en: 'Packets' } }, money('maxPerUser', '单人上限', 'Cap per person')],
            },
          ],
        },
        {
          name: 'spokesperson', type: 'group', label: { zh: '代言海报', en: 'Spokesperson poster' }, admin: { condition: when('spokesperson') },
          fields: [
            { name: 'slogan', type: 'text', maxLength: 40, label: { zh: '代言口号', en: 'Slogan' } },
            { name: 'allowPhoto', type: 'checkbox', defaultValue: true, label: { zh: '允许客户上传照片', en: 'Customers may add a photo' } },
          ],
        },
        {
          name: 'invite', type: 'group', label: { zh: '邀请有礼', en: 'Invite a friend' }, admin: { condition: when('invite') },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'inviterReward', type: 'text', label: { zh: '邀请人奖励', en: 'Inviter reward' } },
                { name: 'inviteeReward', type: 'text', label: { zh: '被邀请人奖励', en: 'Invitee reward' } },
                { name: 'maxInvites', type: 'number', min: 1, label: { zh: '每人邀请上限', en: 'Invites per person' } },
              ],
            },
          ],
        },
      ],
    },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '所属机构', en: 'Owning branch' }, admin: { position: 'sidebar' } },
    { name: 'contents', type: 'join', collection: 'contents', on: 'campaign', label: { zh: '活动内容', en: 'Contents' } },
  ],
}
