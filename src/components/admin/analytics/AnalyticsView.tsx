// 数据看板: the campaign dashboard — AARRR funnel by channel, branch and manager, the manager
// leaderboard and the daily trend. The first render is computed here; filters refetch from the API.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import type { SessionUser } from '../../../access/roles'
import { computeDashboard, parseFilter } from '../../../lib/tracking/analytics'
import { AnalyticsDashboard } from './AnalyticsDashboard'

export async function AnalyticsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user as unknown as SessionUser | null
  const query = new URLSearchParams(Object.entries(searchParams ?? {}).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])))
  const data = user ? await computeDashboard(req.payload, user, parseFilter(query)) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>{data ? <AnalyticsDashboard initial={data} /> : <p>请先登录。/ Please sign in.</p>}</Gutter>
    </DefaultTemplate>
  )
}
