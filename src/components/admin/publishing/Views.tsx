// Admin pages of the scheduler: 发布到矩阵 (/admin/publish), 发布日历 (/admin/calendar), 今日待发 (/admin/today),
// the navigation links and the dashboard block.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps, ServerProps } from 'payload'
import React from 'react'

import { PublishingCalendar } from './Calendar'
import { PublishToMatrix } from './PublishToMatrix'
import { TodayList } from './TodayList'

function Page({ props, title, intro, children }: { props: AdminViewServerProps; title: string; intro: string; children: React.ReactNode }) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '24px 0 4px' }}>{title}</h1>
        <p style={{ opacity: 0.7, marginTop: 0 }}>{intro}</p>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}

const roleOf = (props: AdminViewServerProps) => (props.initPageResult.req.user as { role?: string } | null)?.role

export function PublishView(props: AdminViewServerProps) {
  const planner = ['admin', 'editor'].includes(String(roleOf(props)))
  const content = typeof props.searchParams?.content === 'string' ? props.searchParams.content : undefined
  return (
    <Page props={props} title="发布到矩阵" intro="把审核通过的内容一次安排到多个公众号、企业微信、视频号和客户经理朋友圈。每条发布只会发出一次。">
      {planner ? <PublishToMatrix initialContent={content} /> : <p>只有编辑和管理员可以安排发布。</p>}
    </Page>
  )
}

export function CalendarView(props: AdminViewServerProps) {
  return (
    <Page props={props} title="发布日历" intro="所有账号的发布计划（北京时间）。拖动“已排期”的发布到另一天即可改期；超出渠道限额时会先提醒。">
      <PublishingCalendar />
    </Page>
  )
}

export function TodayView(props: AdminViewServerProps) {
  return (
    <Page props={props} title="今日待发" intro="需要你在企业微信、视频号或个人朋友圈手动完成的发布：复制文案、下载素材，发完点“已完成”。">
      <TodayList />
    </Page>
  )
}

export function PublishingNavLinks({ user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (!role) return null
  const links = [
    ...(role === 'admin' || role === 'editor' ? [{ href: '/admin/publish', zh: '发布到矩阵' }] : []),
    { href: '/admin/calendar', zh: '发布日历' },
    { href: '/admin/today', zh: '今日待发' },
  ]
  return (
    <>
      {links.map((l) => (
        <a key={l.href} href={l.href} className="nav__link md-nav-publishing" style={{ display: 'block', padding: '6px 0' }}>{l.zh}</a>
      ))}
    </>
  )
}

/** Dashboard block: today's list, shown only when there is something to do. */
export function TodayBlock() {
  return <TodayList compact />
}
