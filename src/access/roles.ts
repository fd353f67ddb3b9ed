// Roles and the small helpers every access predicate builds on.
import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'reviewer', 'manager'] as const
export type Role = (typeof ROLES)[number]

export const roleOptions = [
  { value: 'admin', label: { zh: '总行运营管理员', en: 'Administrator' } },
  { value: 'editor', label: { zh: '内容编辑', en: 'Editor' } },
  { value: 'reviewer', label: { zh: '合规审核', en: 'Compliance reviewer' } },
  { value: 'manager', label: { zh: '客户经理', en: 'Customer manager' } },
]

export interface SessionUser {
  id: string
  role?: Role | null
  branch?: string | { id: string } | null
  collection?: string
}

type WithUser = { req: Pick<PayloadRequest, 'user'> }

export function userOf(args: WithUser): SessionUser | null {
  const user = args.req.user as unknown as SessionUser | null
  // API keys of integrations are not staff: they get no role-based access.
  if (!user || (user.collection && user.collection !== 'users')) return null
  return user
}

export function roleOf(args: WithUser): Role | null {
  return userOf(args)?.role ?? null
}

export function branchIdOf(user: SessionUser | null): string | null {
  if (!user?.branch) return null
  return typeof user.branch === 'string' ? user.branch : user.branch.id
}

export const hasRole =
  (...roles: Role[]) =>
  (args: WithUser): boolean => {
    const role = roleOf(args)
    return role !== null && roles.includes(role)
  }
