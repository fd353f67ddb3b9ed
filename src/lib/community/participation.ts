// The participation rules behind the public H5 pages: score a quiz, count a vote, draw a lottery prize,
// at most once per person per activity, attributed to the manager whose tracking link brought the visitor.
import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

import { deviceHash, keyedHash } from '../tracking/codes'
import { recordActivation, resolveAttribution } from './attribution'
import { isInteractive, QUIZ_OPTIONS } from './kinds'
import { drawPrize, newSeed, type Prize } from './lottery'

export class ParticipationError extends Error {
  constructor(
    message: string,
    public status: number,
  ) {
    super(message)
  }
}

export interface ParticipationInput {
  activityId: string
  /** tracking code carried in the H5 URL (?c=) */
  code?: string
  /** quiz: question index → 'A'..'D' */
  answers?: Record<string, string>
  /** vote: option letter 'A'..'D' */
  choice?: string
  /** the md_vid device cookie */
  visitor: string
  ip: string
  userAgent: string
}

export interface ParticipationResult {
  already: boolean
  kind: 'quiz' | 'vote' | 'lottery'
  participationId: string
  quiz?: { score: number; total: number; results: { chosen: string | null; answer: string; correct: boolean; explanation: string | null }[] }
  vote?: { choice: string; tally: { key: string; label: string; count: number }[]; total: number }
  lottery?: { prize: string; won: boolean; value: number; ticket: number; seedCommitment: string }
}

type Doc = Record<string, any>

/** Payload turns a unique-index violation into a ValidationError on that field (SQLite, PostgreSQL, MongoDB). */
function isDuplicate(err: unknown, field: string): boolean {
  const e = err as { name?: string; data?: { errors?: { path?: string }[] }; message?: string }
  return (e?.name === 'ValidationError' && Boolean(e.data?.errors?.some((x) => x.path === field))) || /unique/i.test(e?.message ?? '')
}

const commitment = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 16)

/** A vote's options are the A–D of its first question. */
export function voteOptions(activity: Doc): { key: string; label: string }[] {
  const q = activity.questions?.[0] ?? {}
  return QUIZ_OPTIONS.filter((k) => q[`option${k}`]).map((k) => ({ key: k, label: String(q[`option${k}`]) }))
}

async function voteTally(payload: Payload, activity: Doc) {
  const options = voteOptions(activity)
  const counts = await Promise.all(
    options.map((o) =>
      payload.count({ collection: 'participations', overrideAccess: true, where: { activity: { equals: activity.id }, choice: { equals: o.key } } }),
    ),
  )
  const tally = options.map((o, i) => ({ ...o, count: counts[i].totalDocs }))
  return { tally, total: tally.reduce((a, t) => a + t.count, 0) }
}

function scoreQuiz(activity: Doc, answers: Record<string, string> | undefined) {
  const questions: Doc[] = activity.questions ?? []
  const results = questions.map((q, i) => {
    const raw = String(answers?.[i] ?? '').toUpperCase()
    const chosen = QUIZ_OPTIONS.includes(raw as never) ? raw : null
    const answer = String(q.answer).toUpperCase()
    return { chosen, answer, correct: chosen === answer, explanation: q.explanation ?? null }
  })
  return { score: results.filter((r) => r.correct).length, total: questions.length, results }
}

/** What the visitor sees when they come back: the outcome of their earlier participation. */
async function replay(payload: Payload, activity: Doc, row: Doc): Promise<ParticipationResult> {
  const base = { already: true, kind: row.kind, participationId: String(row.id) } as ParticipationResult
  if (row.kind === 'quiz') base.quiz = scoreQuiz(activity, row.answers ?? {})
  if (row.kind === 'vote') base.vote = { choice: row.choice, ...(await voteTally(payload, activity)) }
  if (row.kind === 'lottery') {
    base.lottery = { prize: row.lottery?.prize, won: Boolean(row.lottery?.won), value: row.lottery?.value, ticket: row.lottery?.ticket, seedCommitment: commitment(row.lottery?.seed ?? '') }
  }
  return base
}

export async function participateIn(payload: Payload, input: ParticipationInput): Promise<ParticipationResult> {
  const activity = (await payload
    .findByID({ collection: 'activities', id: input.activityId, depth: 0, overrideAccess: true })
    .catch(() => null)) as Doc | null
  if (!activity || activity.status !== 'active' || !isInteractive(activity.kind)) {
    throw new ParticipationError('活动不存在或已结束 / This activity does not exist or has ended', 404)
  }
  const kind = activity.kind as 'quiz' | 'vote' | 'lottery'
  const visitorKey = keyedHash('visitor', input.visitor)
  const fingerprint = deviceHash(input.ip, input.userAgent)

  const previous = await payload.find({
    collection: 'participations',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    where: { and: [{ activity: { equals: activity.id } }, { or: [{ visitorKey: { equals: visitorKey } }, { fingerprint: { equals: fingerprint } }] }] },
  })
  if (previous.docs[0]) return replay(payload, activity, previous.docs[0] as Doc)

  const data: Doc = { activity: activity.id, kind, visitorKey, fingerprint, dedupeKey: `${activity.id}:${visitorKey}` }
  let summary = ''
  if (kind === 'quiz') {
    const scored = scoreQuiz(activity, input.answers)
    if (scored.results.some((r) => r.chosen === null)) throw new ParticipationError('请先答完全部题目 / Please answer every question', 400)
    Object.assign(data, { answers: Object.fromEntries(scored.results.map((r, i) => [i, r.chosen])), score: scored.score, total: scored.total })
    summary = `答对 ${scored.score}/${scored.total}`
  } else if (kind === 'vote') {
    const option = voteOptions(activity).find((o) => o.key === String(input.choice ?? '').toUpperCase())
    if (!option) throw new ParticipationError('请选择一个投票选项 / Choose one option', 400)
    data.choice = option.key
    summary = `投票：${option.label}`
  } else {
    // the seed is written before the draw exists; the draw is then derived from it and the row id
    const prizes: Prize[] = (activity.prizes ?? []).map((p: Doc) => ({ name: p.name, weight: p.weight, winning: p.winning !== false }))
    data.lottery = { seed: newSeed(), prizeTable: prizes }
    summary = '抽奖中'
  }

  const attribution = input.code ? await resolveAttribution(payload, input.code) : null
  if (attribution) Object.assign(data, { trackingCode: input.code, manager: attribution.manager, branch: attribution.branch })

  let row: Doc
  try {
    row = (await payload.create({ collection: 'participations', overrideAccess: true, data: { ...data, summary } as never })) as Doc
  } catch (err) {
    if (!isDuplicate(err, 'dedupeKey')) throw err
    const again = await payload.find({ collection: 'participations', overrideAccess: true, depth: 0, limit: 1, where: { dedupeKey: { equals: data.dedupeKey } } })
    return replay(payload, activity, again.docs[0] as Doc)
  }

  if (kind === 'lottery') {
    payload.logger.info({ participation: row.id, activity: activity.id, seed: row.lottery.seed }, 'lottery: seed stored before the draw')
    const draw = drawPrize(row.lottery.seed, String(row.id), row.lottery.prizeTable)
    const won = draw.prize.winning !== false
    row = (await payload.update({
      collection: 'participations',
      id: row.id,
      overrideAccess: true,
      data: {
        summary: `抽奖：${draw.prize.name}`,
        lottery: { ...row.lottery, value: draw.value, ticket: draw.ticket, prize: draw.prize.name, won, drawnAt: new Date().toISOString() },
      } as never,
    })) as Doc
    payload.logger.info({ participation: row.id, activity: activity.id, value: draw.value, ticket: draw.ticket, prize: draw.prize.name }, 'lottery: draw')
  }

  if (attribution) await recordActivation(payload, { code: input.code!, participationId: String(row.id), fingerprint })

  const result = await replay(payload, activity, row)
  return { ...result, already: false }
}
