// 用户: staff accounts. Only admins manage users, roles and branches; everyone edits their own profile.
import type { Access, CollectionConfig, Where } from 'payload'

import { adminOrSelf, isAdmin, isAdminField, roleOptions } from '../../access'
import { branchIdOf, userOf } from '../../access/roles'
import { guardOwnRole } from './hooks/guardOwnRole'

/** Admins and head-office staff read all users; a manager reads colleagues of their own branch. */
const readUsers: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (user.role !== 'manager') return true
  const branch = branchIdOf(user)
  const where: Where = branch ? { or: [{ branch: { equals: branch } }, { id: { equals: user.id } }] } : { id: { equals: user.id } }
  return where
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    // Lock the account after repeated failures: a bank's admin panel is a phishing target.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'role', 'branch', 'title'],
    group: { zh: '系统', en: 'System' },
  },
  access: {
    read: readUsers,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    admin: ({ req }) => Boolean(req.user),
    unlock: isAdmin,
  },
  fields: [
    { name: 'displayName', type: 'text', required: true, label: { zh: '姓名', en: 'Name' }, maxLength: 40 },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'manager',
      options: roleOptions,
      label: { zh: '角色', en: 'Role' },
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'branch',
      type: 'relationship',
      relationTo: 'branches',
      label: { zh: '所属机构', en: 'Branch' },
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    { name: 'title', type: 'text', label: { zh: '职务', en: 'Job title' }, maxLength: 40 },
    {
      name: 'phone',
      type: 'text',
      label: { zh: '手机', en: 'Mobile' },
      validate: (value: unknown) =>
        !value || /^1[3-9]\d{9}$/.test(String(value)) || '请输入11位手机号 / Enter an 11-digit mainland mobile number',
    },
    { name: 'employeeNo', type: 'text', label: { zh: '工号', en: 'Employee no.' }, maxLength: 20, index: true },
    { name: 'avatar', type: 'upload', relationTo: 'media', label: { zh: '头像', en: 'Avatar' } },
    { name: 'wechatId', type: 'text', label: { zh: '微信号', en: 'WeChat ID' }, maxLength: 40 },
    {
      name: 'wechatQr',
      type: 'upload',
      relationTo: 'media',
      label: { zh: '微信二维码', en: 'WeChat QR code' },
      filterOptions: { mimeType: { contains: 'image/' } },
      admin: {
        description: {
          zh: '在微信「我 → 个人信息 → 我的二维码」保存图片后上传，云工作室的“加我微信”会显示它；未上传时显示微信号。',
          en: 'Save it in WeChat (Me → Profile → My QR Code) and upload it here; the 云工作室 shows it under “加我微信”. Without it the page shows the WeChat ID.',
        },
      },
    },
    { name: 'bio', type: 'textarea', label: { zh: '个人简介', en: 'About' }, maxLength: 300 },
  ],
  hooks: { beforeChange: [guardOwnRole] },
}
