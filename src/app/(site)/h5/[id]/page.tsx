// Interactive H5: a quiz, vote or lottery customers reach through a manager's tracking link (/h5/:id?c=<code>).
import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { resolveAttribution } from '../../../../lib/community/attribution'
import { loadManagerCard, loadPublicActivity } from '../../../../lib/community/studio'
import { ManagerAvatar } from '../../ManagerAvatar'
import { Play } from './Play'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ c?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const payload = await getPayload({ config })
  const activity = await loadPublicActivity(payload, (await params).id)
  return { title: activity ? activity.title : '互动活动' }
}

export default async function H5Page({ params, searchParams }: Props) {
  const payload = await getPayload({ config })
  const activity = await loadPublicActivity(payload, (await params).id)
  if (!activity) notFound()
  const code = typeof (await searchParams).c === 'string' ? (await searchParams).c! : undefined
  const attribution = code ? await resolveAttribution(payload, code) : null
  const manager = attribution?.manager ? await loadManagerCard(payload, attribution.manager) : null

  return (
    <main className="page" data-testid="h5">
      <header className="hero game-head">
        <div className="brand" style={{ justifyContent: 'center' }}>
          <span className="brand-dot">{(manager?.bank ?? '银').slice(0, 1)}</span>
          {manager ? `${manager.bank} · 互动有礼` : '互动有礼'}
        </div>
        <h1>{activity.title}</h1>
        <p>{activity.theme}</p>
        <span className="game-kind">
          {activity.kindLabel} · 约{activity.durationMinutes}分钟
        </span>
      </header>

      <section className="card">
        <Play activity={activity} code={attribution ? code : undefined} />
      </section>

      {(activity.rules.length > 0 || activity.rewards.length > 0) && (
        <section className="section">
          <h2>活动规则</h2>
          <ul className="rules">
            {activity.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          {activity.rewards.length > 0 && (
            <>
              <h2>活动权益</h2>
              <ul className="rules">
                {activity.rewards.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {manager && (
        <section className="section" style={{ paddingBottom: 16 }}>
          <a className="manager-strip" href={`/s/${manager.id}`}>
            <ManagerAvatar manager={manager} />
            <span style={{ flex: 1 }}>
              <b>{manager.name}</b> · {manager.title ?? '客户经理'}
              <br />
              <span style={{ color: 'var(--muted)', fontSize: 13 }}>{manager.branch} · 您的专属客户经理</span>
            </span>
            <span className="tile-go">找我 ›</span>
          </a>
        </section>
      )}
      <p className="foot">活动与购买任何产品无关 · 奖品不可折现</p>
    </main>
  )
}
