// 合规规则: the compliance lint's rules as data an admin edits. Every content save is linted against them.
import type { CollectionConfig } from 'payload'
import { APIError } from 'payload'

import { isAdmin, isStaff } from '../../access'
import { PRODUCT_CATEGORIES, validateRulePattern, type ComplianceRule } from '../../lib/compliance'

const categoryLabels: Record<string, { zh: string; en: string }> = {
  all: { zh: '全部内容', en: 'All content' },
  wealth: { zh: '理财', en: 'Wealth management' },
  insurance: { zh: '保险', en: 'Insurance' },
  credit: { zh: '信贷/信用卡', en: 'Credit' },
  deposit: { zh: '存款', en: 'Deposits' },
}

export const ComplianceRules: CollectionConfig = {
  slug: 'compliance-rules',
  labels: { singular: { zh: '合规规则', en: 'Compliance rule' }, plural: { zh: '合规规则', en: 'Compliance rules' } },
  admin: {
    useAsTitle: 'pattern',
    defaultColumns: ['pattern', 'kind', 'severity', 'categories', 'active', 'ruleId'],
    group: { zh: '系统', en: 'System' },
    description: {
      zh: '每次保存内容都会按这些规则检查。“拦截”级命中会阻止提交审核，“提醒”级只提示编辑。',
      en: 'Every content save is checked against these rules. Block hits stop submission; warn hits only inform.',
    },
  },
  access: { read: isStaff, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'ruleId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { zh: '规则编号', en: 'Rule id' },
      admin: { description: { zh: '稳定的英文短标识，如 ad-law-zui', en: 'Stable slug such as ad-law-zui' } },
    },
    { name: 'pattern', type: 'text', required: true, label: { zh: '匹配内容', en: 'Pattern' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'banned-word',
      label: { zh: '规则类型', en: 'Kind' },
      options: [
        { value: 'banned-word', label: { zh: '禁用词', en: 'Banned word' } },
        { value: 'required-phrase', label: { zh: '必备语句', en: 'Required phrase' } },
        { value: 'regex', label: { zh: '正则表达式', en: 'Regular expression' } },
      ],
    },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'block',
      label: { zh: '严重程度', en: 'Severity' },
      options: [
        { value: 'block', label: { zh: '拦截', en: 'Block' } },
        { value: 'warn', label: { zh: '提醒', en: 'Warn' } },
      ],
    },
    {
      name: 'categories',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['all'],
      label: { zh: '适用产品类别', en: 'Applies to' },
      options: PRODUCT_CATEGORIES.map((value) => ({ value, label: categoryLabels[value] })),
    },
    { name: 'reasonZh', type: 'textarea', required: true, label: { zh: '提示理由（中文）', en: 'Reason (Chinese)' } },
    { name: 'reasonEn', type: 'textarea', required: true, label: { zh: '提示理由（英文）', en: 'Reason (English)' } },
    {
      name: 'exceptions',
      type: 'text',
      hasMany: true,
      label: { zh: '例外/替代说法', en: 'Exceptions / alternatives' },
      admin: { description: { zh: '禁用词：允许的上下文（如“最近”）；必备语句：可接受的其他说法。{n} 代表数字。', en: 'Banned words: allowed contexts; required phrases: accepted wordings. {n} stands for a number.' } },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Active' }, admin: { position: 'sidebar' } },
  ],
  hooks: {
    beforeValidate: [
      ({ data, originalDoc }) => {
        const merged = { ...originalDoc, ...data }
        if (!merged.pattern || !merged.kind) return data
        const problem = validateRulePattern({ ...merged, id: merged.ruleId } as ComplianceRule)
        if (problem) throw new APIError(`${problem.zh} / ${problem.en}`, 400, undefined, true)
        return data
      },
    ],
  },
}
