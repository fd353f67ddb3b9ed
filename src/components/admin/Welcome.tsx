// The dashboard's first block: tells a first-time user, by role, what to do next.
import type { ServerProps } from 'payload'
import React from 'react'

type Step = { zh: string; en: string; href: string }

const stepsByRole: Record<string, Step[]> = {
  admin: [
    { zh: '维护机构树：总行 → 分行 → 支行', en: 'Set up the branch tree', href: '/admin/collections/branches' },
    { zh: '创建编辑、审核和客户经理账号', en: 'Create editor, reviewer and manager accounts', href: '/admin/collections/users' },
  ],
  editor: [
    { zh: '看看素材库，准备本周的活动素材', en: 'Prepare this week’s material in the media library', href: '/admin/collections/media' },
  ],
  reviewer: [],
  manager: [
    { zh: '完善个人资料：头像、职务、手机号会印在你的专属海报上', en: 'Complete your profile: avatar, title and phone go on your posters', href: '/admin/account' },
  ],
}

const roleName: Record<string, { zh: string; en: string }> = {
  admin: { zh: '总行运营管理员', en: 'Administrator' },
  editor: { zh: '内容编辑', en: 'Editor' },
  reviewer: { zh: '合规审核', en: 'Compliance reviewer' },
  manager: { zh: '客户经理', en: 'Customer manager' },
}

export function Welcome(props: ServerProps) {
  const user = props.user as unknown as { displayName?: string; role?: string } | undefined
  const lang = props.i18n?.language === 'en' ? 'en' : 'zh'
  const role = user?.role ?? 'manager'
  const steps = stepsByRole[role] ?? []
  return (
    <section className="md-welcome" style={{ marginBottom: 32 }}>
      <div
        style={{
          borderRadius: 14,
          padding: '22px 26px',
          background: 'linear-gradient(120deg, #B3152A 0%, #7A0E1D 100%)',
          color: '#fff',
        }}
      >
        <div style={{ fontSize: 13, opacity: 0.8, letterSpacing: 1 }}>MatrixDesk · 矩阵台</div>
        <h2 style={{ margin: '6px 0 4px', color: '#fff' }}>
          {lang === 'zh' ? `${user?.displayName ?? ''}，你好` : `Hello, ${user?.displayName ?? ''}`}
        </h2>
        <div style={{ opacity: 0.9 }}>
          {lang === 'zh'
            ? `当前角色：${roleName[role]?.zh ?? role}。下面是你接下来可以做的事：`
            : `Your role: ${roleName[role]?.en ?? role}. Here is what to do next:`}
        </div>
      </div>
      {steps.length > 0 && (
        <ol style={{ margin: '16px 0 0', paddingLeft: 22, lineHeight: 2 }}>
          {steps.map((s) => (
            <li key={s.href + s.zh}>
              <a href={s.href}>{lang === 'zh' ? s.zh : s.en}</a>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
