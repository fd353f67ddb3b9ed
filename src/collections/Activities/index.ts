// 活动库: group games and interactions with a complete script, a ready group message and a poster slot.
// Quizzes, votes and lotteries also have a public H5 page (/h5/:id) whose answers come back through
// POST /api/activities/:id/participate.
import type { CollectionConfig } from 'payload'

import { isEditor } from '../../access'
import { readActivities } from '../../access/community'
import { ACTIVITY_KINDS, QUIZ_OPTIONS } from '../../lib/community/kinds'
import { participate } from './participate'
import { validateScript } from './hooks/validateScript'

export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: { zh: '活动', en: 'Activity' }, plural: { zh: '活动库', en: 'Activity library' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'theme', 'durationMinutes', 'status'],
    group: { zh: '社群', en: 'Community' },
    description: {
      zh: '社群小游戏与互动：每个活动都有完整脚本（主题、规则、题目与答案、形式、时长、权益）、现成的群发话术和海报。',
      en: 'Group games and interactions, each with a full script, a ready group message and a poster.',
    },
  },
  access: { read: readActivities, create: isEditor, update: isEditor, delete: isEditor },
  endpoints: [participate],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 60, label: { zh: '活动名称', en: 'Title' } },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '类型', en: 'Kind' },
          options: ACTIVITY_KINDS.map((k) => ({ value: k.value, label: { zh: k.zh, en: k.en } })),
        },
        {
          name: 'durationMinutes',
          type: 'number',
          required: true,
          defaultValue: 30,
          min: 5,
          max: 60,
          label: { zh: '时长（分钟，≤60）', en: 'Duration (min, ≤ 60)' },
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'active',
          index: true,
          label: { zh: '状态', en: 'Status' },
          options: [
            { value: 'active', label: { zh: '可用', en: 'Active' } },
            { value: 'archived', label: { zh: '已下架', en: 'Archived' } },
          ],
        },
      ],
    },
    { name: 'theme', type: 'text', required: true, maxLength: 80, label: { zh: '主题', en: 'Theme' } },
    { name: 'format', type: 'textarea', required: true, maxLength: 500, label: { zh: '形式', en: 'Format' } },
    { name: 'rules', type: 'textarea', required: true, maxLength: 1500, label: { zh: '规则', en: 'Rules' } },
    {
      name: 'questions',
      type: 'array',
      label: { zh: '题目与答案', en: 'Questions and answers' },
      labels: { singular: { zh: '题目', en: 'Question' }, plural: { zh: '题目', en: 'Questions' } },
      admin: {
        description: {
          zh: '有奖问答：A–D 选项 + 正确字母；投票：第一题的 A–D 即投票选项；猜谜、猜拼音：题面和答案。',
          en: 'Quiz: options A–D and the right letter. Vote: the first question’s A–D are the options. Riddles, pinyin: prompt and answer.',
        },
      },
      fields: [
        { name: 'prompt', type: 'textarea', required: true, maxLength: 300, label: { zh: '题面', en: 'Prompt' } },
        {
          type: 'row',
          fields: QUIZ_OPTIONS.map((o) => ({ name: `option${o}`, type: 'text' as const, maxLength: 80, label: `${o}` })),
        },
        { name: 'answer', type: 'text', maxLength: 120, label: { zh: '答案', en: 'Answer' } },
        { name: 'explanation', type: 'textarea', maxLength: 300, label: { zh: '解析', en: 'Explanation' } },
      ],
    },
    {
      name: 'prizes',
      type: 'array',
      label: { zh: '奖项（抽奖）', en: 'Prizes (lottery)' },
      admin: {
        condition: (data) => data?.kind === 'lottery',
        description: { zh: '按权重抽取；请包含“谢谢参与”之类的未中奖项。', en: 'Drawn by weight; include a no-prize entry.' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '奖项', en: 'Prize' } },
            { name: 'weight', type: 'number', required: true, min: 1, defaultValue: 1, label: { zh: '权重', en: 'Weight' } },
            { name: 'winning', type: 'checkbox', defaultValue: true, label: { zh: '算中奖', en: 'Counts as a win' } },
          ],
        },
      ],
    },
    {
      name: 'rewards',
      type: 'array',
      label: { zh: '权益', en: 'Rewards' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '权益', en: 'Reward' } },
            { name: 'rule', type: 'text', maxLength: 120, label: { zh: '发放规则', en: 'How it is given' } },
          ],
        },
      ],
    },
    {
      name: 'groupMessage',
      type: 'textarea',
      required: true,
      maxLength: 1000,
      label: { zh: '群发话术', en: 'Group message' },
      admin: { description: { zh: '客户经理一键复制到社群。{link} 会替换为本人的互动链接。', en: 'Copied into the group by the manager. {link} becomes their own tracked link.' } },
    },
    {
      name: 'poster',
      type: 'group',
      label: { zh: '海报', en: 'Poster' },
      fields: [
        { name: 'headline', type: 'text', maxLength: 30, label: { zh: '主标题', en: 'Headline' } },
        { name: 'subline', type: 'text', maxLength: 60, label: { zh: '副标题', en: 'Subline' } },
        { name: 'image', type: 'upload', relationTo: 'media', label: { zh: '海报图片', en: 'Poster image' } },
      ],
    },
    { name: 'tags', type: 'text', hasMany: true, label: { zh: '标签', en: 'Tags' } },
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      maxLength: 60,
      label: { zh: '编号', en: 'Code' },
      admin: { position: 'sidebar', description: { zh: '稳定编号，导入和演示数据使用', en: 'Stable slug used by imports and demo data' } },
    },
  ],
  hooks: { beforeValidate: [validateScript] },
}
