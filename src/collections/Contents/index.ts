// 内容: master copy plus one variant per channel (朋友圈, 公众号, 视频号, 社群), the review workflow and the
// compliance lint. Status changes only through ./workflow.ts (transitionContent).
import type { CollectionConfig, Field } from 'payload'

import { readContents, canWriteContent, deleteContents } from '../../access/content'
import { isStaffField } from '../../access'
import { topicsOf, channelLimit } from './channels'
import { lintEndpoint, transitionEndpoint } from './endpoints'
import { announceSentBack, guardWorkflowFields } from './hooks/guardWorkflowFields'
import { CONTENT_STATUSES, STATUS_LABELS } from './workflow'

const C = '/src/components/admin/content'
const segmentsField: Field = {
  name: 'segments',
  type: 'relationship',
  relationTo: 'segments',
  hasMany: true,
  label: { zh: '目标客群', en: 'Target segments' },
}
// Variant fields stay visible: the tab shows one channel at a time, and a server-evaluated condition on the
// checkbox made the fields appear late or not at all while the form was busy.
const enabledField = (zh: string, en: string): Field => ({
  name: 'enabled',
  type: 'checkbox',
  label: { zh: `启用${zh}版本`, en: `Publish a ${en} variant` },
  admin: { description: { zh: '未启用的版本不会发布，也不做渠道和合规检查', en: 'A disabled variant is neither published nor checked' } },
})
const imageOnly = { mimeType: { contains: 'image' } }

export const Contents: CollectionConfig = {
  slug: 'contents',
  labels: { singular: { zh: '内容', en: 'Content' }, plural: { zh: '内容', en: 'Contents' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'category', 'campaign', 'stale', 'updatedAt'],
    group: { zh: '内容', en: 'Content' },
    listSearchableFields: ['title', 'master'],
    description: {
      zh: '一份主文案，按渠道生成朋友圈、公众号、视频号、社群版本；保存即做合规检查，提交后由合规审核通过才能发布。',
      en: 'One master copy, one variant per channel; linted on every save, published only after compliance approval.',
    },
  },
  versions: { maxPerDoc: 50 },
  access: { read: readContents, create: canWriteContent, update: canWriteContent, delete: deleteContents },
  endpoints: [transitionEndpoint, lintEndpoint],
  hooks: { beforeChange: [guardWorkflowFields], afterChange: [announceSentBack] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 100, label: { zh: '标题', en: 'Title' } },
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '文案与渠道版本', en: 'Copy & variants' },
          fields: [
            {
              name: 'master',
              type: 'textarea',
              label: { zh: '主文案', en: 'Master copy' },
              maxLength: 5000,
              admin: { rows: 6, description: { zh: '各渠道版本的基础文案，审核时一并检查', en: 'The source copy of every variant; reviewed too' } },
            },
            {
              name: 'variants',
              type: 'group',
              label: { zh: '渠道版本', en: 'Channel variants' },
              fields: [
                {
                  type: 'tabs',
                  tabs: [
                    {
                      name: 'moments',
                      label: { zh: '朋友圈', en: 'Moments' },
                      fields: [
                        enabledField('朋友圈', 'Moments'),
                        {
                          name: 'text', type: 'textarea', label: { zh: '朋友圈文案', en: 'Text' }, admin: { rows: 5 },
                          validate: channelLimit('moments', 'text', (value) => ({ text: String(value) })),
                        },
                        {
                          name: 'images', type: 'upload', relationTo: 'media', hasMany: true, maxRows: 9, filterOptions: imageOnly,
                          label: { zh: '配图（1–9张）', en: 'Images (1–9)' },
                        },
                        {
                          name: 'link', type: 'text', label: { zh: '链接（与配图二选一）', en: 'Link (instead of images)' },
                          validate: channelLimit('moments', 'link', (value) => ({ link: { url: String(value) } })),
                        },
                        segmentsField,
                      ],
                    },
                    {
                      name: 'article',
                      label: { zh: '公众号文章', en: 'Official Account article' },
                      fields: [
                        enabledField('公众号', 'article'),
                        {
                          name: 'title', type: 'text', label: { zh: '文章标题（≤64字）', en: 'Article title (≤ 64)' },
                          validate: channelLimit('article', 'title', (value) => ({ title: String(value) })),
                        },
                        {
                          name: 'author', type: 'text', label: { zh: '作者', en: 'Author' },
                          validate: channelLimit('article', 'author', (value) => ({ author: String(value) })),
                        },
                        {
                          name: 'digest', type: 'textarea', label: { zh: '摘要（≤120字）', en: 'Digest (≤ 120)' }, admin: { rows: 2 },
                          validate: channelLimit('article', 'digest', (value) => ({ digest: String(value) })),
                        },
                        {
                          type: 'row',
                          fields: [
                            { name: 'cover', type: 'upload', relationTo: 'media', filterOptions: imageOnly, label: { zh: '封面大图 2.35:1（900×383）', en: 'Cover 2.35:1' } },
                            { name: 'coverSquare', type: 'upload', relationTo: 'media', filterOptions: imageOnly, label: { zh: '封面小图 1:1', en: 'Square cover 1:1' } },
                          ],
                        },
                        { name: 'body', type: 'richText', label: { zh: '正文', en: 'Body' } },
                        {
                          name: 'sourceUrl', type: 'text', label: { zh: '阅读原文链接', en: 'Original link' },
                          validate: channelLimit('article', 'contentSourceUrl', (value) => ({ contentSourceUrl: String(value) })),
                        },
                        segmentsField,
                      ],
                    },
                    {
                      name: 'video',
                      label: { zh: '视频号', en: 'Channels video' },
                      fields: [
                        enabledField('视频号', 'Channels'),
                        {
                          name: 'video', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'video' } },
                          label: { zh: '视频文件', en: 'Video file' },
                        },
                        {
                          name: 'description', type: 'textarea', label: { zh: '视频描述（含话题≤1000字）', en: 'Description (≤ 1,000 with topics)' }, admin: { rows: 4 },
                          validate: channelLimit('video', 'description', (value, sibling) => ({ description: String(value), topics: topicsOf(sibling.topics) })),
                        },
                        {
                          name: 'topics', type: 'array', label: { zh: '#话题', en: '#Topics' }, labels: { singular: { zh: '话题', en: 'Topic' }, plural: { zh: '话题', en: 'Topics' } },
                          maxRows: 10,
                          fields: [
                            {
                              name: 'tag', type: 'text', required: true, label: { zh: '话题（不含#）', en: 'Topic (without #)' },
                              validate: (value: unknown) => (/^[^\s#]{1,32}$/.test(String(value ?? '')) ? true : '话题1–32字，不能包含空格或# / A topic is 1–32 characters without spaces or #'),
                            },
                          ],
                        },
                        { name: 'linkedArticleUrl', type: 'text', label: { zh: '关联公众号文章链接', en: 'Linked article URL' } },
                        segmentsField,
                      ],
                    },
                    {
                      name: 'group',
                      label: { zh: '社群消息', en: 'Group message' },
                      fields: [
                        enabledField('社群', 'group'),
                        {
                          name: 'text', type: 'textarea', label: { zh: '群消息（≤4000字节，约1333个汉字）', en: 'Message (≤ 4,000 bytes)' }, admin: { rows: 5 },
                          validate: channelLimit('group', 'text', (value) => ({ text: String(value) })),
                        },
                        { name: 'image', type: 'upload', relationTo: 'media', filterOptions: imageOnly, label: { zh: '图片（可选）', en: 'Image (optional)' } },
                        // The posters and community engineers add here: `poster` (rel posters) and `activity` (rel activities).
                        { name: 'activity', type: 'relationship', relationTo: 'activities', label: { zh: '配套活动（活动库）', en: 'Activity (library)' } },
                        segmentsField,
                      ],
                    },
                  ],
                },
              ],
            },
            { name: 'lintPanel', type: 'ui', admin: { components: { Field: `${C}/LintPanel#LintPanel` } } },
          ],
        },
        {
          label: { zh: '渠道预览', en: 'Channel previews' },
          fields: [{ name: 'previews', type: 'ui', admin: { components: { Field: `${C}/ChannelPreviews#ChannelPreviews` } } }],
        },
        {
          label: { zh: '审核记录', en: 'Review history' },
          fields: [
            {
              name: 'transitions',
              type: 'join',
              collection: 'content-transitions',
              on: 'content',
              label: { zh: '状态变更记录', en: 'Status history' },
              defaultSort: '-at',
              admin: { allowCreate: false, defaultColumns: ['at', 'from', 'to', 'by', 'reason'] },
            },
          ],
        },
      ],
    },
    { name: 'workflowActions', type: 'ui', admin: { position: 'sidebar', components: { Field: `${C}/WorkflowActions#WorkflowActions` } } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: CONTENT_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'category',
      type: 'select',
      required: true,
      defaultValue: 'general',
      label: { zh: '产品类别', en: 'Product category' },
      options: [
        { value: 'general', label: { zh: '通用', en: 'General' } },
        { value: 'wealth', label: { zh: '理财', en: 'Wealth management' } },
        { value: 'insurance', label: { zh: '保险', en: 'Insurance' } },
        { value: 'credit', label: { zh: '信贷/信用卡', en: 'Credit' } },
        { value: 'deposit', label: { zh: '存款', en: 'Deposits' } },
      ],
      admin: { position: 'sidebar', description: { zh: '决定适用哪些合规规则', en: 'Decides which compliance rules apply' } },
    },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: { zh: '所属活动', en: 'Campaign' }, admin: { position: 'sidebar' } },
    { name: 'topic', type: 'relationship', relationTo: 'topics', label: { zh: '借势热点', en: 'Hot topic' }, admin: { position: 'sidebar' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '所属机构', en: 'Owning branch' }, admin: { position: 'sidebar' } },
    {
      name: 'stale',
      type: 'checkbox',
      label: { zh: '热点已过期', en: 'Topic expired' },
      admin: { position: 'sidebar', readOnly: true, description: { zh: '借势热点的热度窗口已过，内容尚未发布', en: 'The topic’s window has passed and this is not published' } },
    },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: { zh: '撰写人', en: 'Author' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: { zh: '提交人', en: 'Submitted by' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { zh: '审核人', en: 'Approved by' }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'approvedAt',
      type: 'date',
      label: { zh: '审核通过时间', en: 'Approved at' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
    },
    { name: 'lint', type: 'json', label: { zh: '合规检查报告', en: 'Lint report' }, access: { read: isStaffField }, admin: { hidden: true, readOnly: true } },
  ],
}
