// 我的工作台: the customer manager's home — today's group tasks, own posters, own data, the activity
// library and own groups. Phone-first: bank staff open it on WeChat's browser between customers.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import type { SessionUser } from '../../../access/roles'
import { loadWorkbench } from '../../../lib/community/workbench'
import { WorkbenchClient } from './WorkbenchClient'

export async function WorkbenchView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user as unknown as (SessionUser & { displayName?: string }) | null
  const data = user ? await loadWorkbench(req.payload, user) : null
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>{data && user ? <WorkbenchClient name={user.displayName ?? ''} data={data} /> : <p>请先登录。</p>}</Gutter>
    </DefaultTemplate>
  )
}
