// 渠道账号: the bank's linked WeChat / WeCom accounts. Secrets are encrypted at rest (AES-256-GCM) and
// never readable through any API: admins type them into a write-only field and see a masked hint.
import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isAdminField } from '../../access'
import { staffOrBranchOrPersonal } from '../../access/publishing'
// named imports: Next's bundler does not follow the `export *` lines of src/channels/index.ts
import { getAdapter } from '../../channels'
import { CHANNEL_KINDS } from '../../channels/types'
import { testConnection } from './endpoints'
import { sealCredentials } from './hooks/sealCredentials'

const nobodyReads: FieldAccess = () => false

export const kindOptions = CHANNEL_KINDS.map((kind) => ({ value: kind, label: getAdapter(kind).label }))

export const ChannelAccounts: CollectionConfig = {
  slug: 'channel-accounts',
  labels: { singular: { zh: '渠道账号', en: 'Linked account' }, plural: { zh: '渠道账号', en: 'Linked accounts' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'branch', 'manager', 'health'],
    group: { zh: '发布', en: 'Publishing' },
    description: {
      zh: '公众号、企业微信、视频号与客户经理个人朋友圈。凭证加密保存，任何接口都不会返回明文。',
      en: 'Official Accounts, WeCom, Channels and managers’ own Moments. Credentials are encrypted and never returned by any API.',
    },
  },
  access: { read: staffOrBranchOrPersonal('manager'), create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [testConnection],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '账号名称', en: 'Name' } },
    { name: 'kind', type: 'select', required: true, options: kindOptions, label: { zh: '渠道类型', en: 'Channel' } },
    {
      type: 'row',
      fields: [
        { name: 'branch', type: 'relationship', relationTo: 'branches', label: { zh: '所属机构', en: 'Owning branch' } },
        {
          name: 'manager',
          type: 'relationship',
          relationTo: 'users',
          label: { zh: '负责客户经理', en: 'Owning manager' },
          admin: { description: { zh: '个人朋友圈、视频号等手动渠道的提醒发给此人', en: 'Reminders of manual channels go to this person' } },
        },
      ],
    },
    {
      name: 'identifier',
      type: 'text',
      maxLength: 64,
      label: { zh: 'AppID / CorpID', en: 'AppID / CorpID' },
      admin: { condition: (d) => ['oa_subscription', 'oa_service', 'wecom_groups', 'wecom_moments'].includes(d?.kind) },
    },
    {
      name: 'secret',
      type: 'text',
      virtual: true,
      access: { read: nobodyReads },
      label: { zh: '密钥（只写）', en: 'Secret (write-only)' },
      admin: {
        condition: (d) => !['channels_video', 'personal_moments', 'personal_groups'].includes(d?.kind),
        description: { zh: 'AppSecret、企业微信 Secret 或机器人 Webhook Key。保存后加密，不再显示；留空则保留原值。', en: 'AppSecret, WeCom Secret or robot webhook key. Encrypted on save and never shown again; leave empty to keep it.' },
      },
    },
    { name: 'credentialsSealed', type: 'text', access: { read: nobodyReads, create: isAdminField, update: isAdminField }, admin: { hidden: true } },
    { name: 'credentialsHint', type: 'text', label: { zh: '已保存的密钥', en: 'Stored secret' }, admin: { readOnly: true, placeholder: '未设置 / not set' } },
    {
      name: 'senders',
      type: 'text',
      label: { zh: '执行成员（企业微信 userid）', en: 'Senders (WeCom userids)' },
      admin: { condition: (d) => ['wecom_groups', 'wecom_moments'].includes(d?.kind), description: { zh: '逗号分隔，例如 zhangwei, lina', en: 'Comma separated, e.g. zhangwei, lina' } },
    },
    {
      name: 'baseUrl',
      type: 'text',
      label: { zh: '接口地址', en: 'API base URL' },
      access: { read: isAdminField },
      admin: { position: 'sidebar', description: { zh: '留空即微信官方接口；演示环境指向本地模拟服务器', en: 'Empty means the real WeChat API; the demo points at the local server' } },
    },
    { name: 'tokenSealed', type: 'text', access: { read: nobodyReads, create: isAdminField, update: isAdminField }, admin: { hidden: true } },
    { name: 'tokenExpiresAt', type: 'date', label: { zh: '凭证到期', en: 'Token expires' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'health',
      type: 'select',
      defaultValue: 'ok',
      label: { zh: '连接状态', en: 'Health' },
      options: [
        { value: 'ok', label: { zh: '正常', en: 'OK' } },
        { value: 'needs_reconnect', label: { zh: '需重新绑定', en: 'Needs reconnect' } },
        { value: 'rate_limited', label: { zh: '已限流', en: 'Rate limited' } },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'lastError', type: 'text', label: { zh: '最近错误', en: 'Last error' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'healthCheckedAt', type: 'date', label: { zh: '检查时间', en: 'Checked at' }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'testConnection',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/components/admin/publishing/TestConnectionButton#TestConnectionButton' } },
    },
  ],
  hooks: { beforeChange: [sealCredentials] },
}
