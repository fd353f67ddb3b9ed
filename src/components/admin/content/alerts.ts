// Lead-time alerts of the festival calendar with the number of approved content per festival: every festival
// of the coming `horizonDays`, `due` once its own lead time (leadDays) has started.
import type { Payload } from 'payload'

import { festivalsBetween, leadTimeAlerts, type LeadTimeAlert } from '../../../lib/calendar'

const APPROVED = ['approved', 'scheduled', 'published']

export type ContentAlert = LeadTimeAlert & { topicId?: string; due: boolean }

export async function contentLeadTimeAlerts(payload: Payload, today = new Date(), horizonDays = 45): Promise<ContentAlert[]> {
  const festivals = festivalsBetween(today, new Date(today.getTime() + horizonDays * 86_400_000))
  const keys = festivals.map((f) => f.key)
  const { docs: topics } = await payload.find({ collection: 'topics', where: { festivalKey: { in: keys } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { festivalKey: true } })
  const keyOfTopic = new Map(topics.map((t) => [String(t.id), String(t.festivalKey)]))
  const counts = new Map<string, number>()
  if (topics.length) {
    const { docs } = await payload.find({
      collection: 'contents', where: { and: [{ topic: { in: [...keyOfTopic.keys()] } }, { status: { in: APPROVED } }] },
      depth: 0, limit: 0, pagination: false, overrideAccess: true, select: { topic: true },
    })
    for (const c of docs) {
      const key = keyOfTopic.get(String(c.topic))
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  const topicOfKey = new Map([...keyOfTopic].map(([id, key]) => [key, id]))
  const leadOf = new Map(festivals.map((f) => [f.key, f.leadDays]))
  return leadTimeAlerts(today, festivals.map((f) => ({ ...f, leadDays: horizonDays })), counts).map((a) => {
    const leadDays = leadOf.get(a.festival.key)!
    return { ...a, festival: { ...a.festival, leadDays }, topicId: topicOfKey.get(a.festival.key), due: a.daysLeft <= leadDays }
  })
}
