// POST /api/activities/:id/participate — the public H5 pages post a quiz's answers, a vote or a lottery
// entry here. One participation per person per activity: a per-device cookie (md_vid) and a keyed hash of
// IP + user agent both identify a returning visitor, and a unique key makes the database refuse a double row.
import { randomUUID } from 'node:crypto'

import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { participateIn, ParticipationError, type ParticipationInput } from '../../lib/community/participation'

const COOKIE = 'md_vid'

function cookieOf(req: PayloadRequest): string | null {
  const raw = req.headers.get('cookie') ?? ''
  const m = raw.match(/(?:^|;\s*)md_vid=([0-9a-f-]{36})(?:;|$)/)
  return m ? m[1] : null
}

function clientIp(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || req.headers.get('x-real-ip') || 'unknown'
}

export const participate: Endpoint = {
  path: '/:id/participate',
  method: 'post',
  handler: async (req) => {
    const id = String(req.routeParams?.id ?? '')
    let body: Record<string, unknown> = {}
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      throw new APIError('请求格式不正确 / Malformed request body', 400, undefined, true)
    }
    const existingCookie = cookieOf(req)
    const visitor = existingCookie ?? randomUUID()
    const input: ParticipationInput = {
      activityId: id,
      code: typeof body.code === 'string' ? body.code : undefined,
      answers: body.answers && typeof body.answers === 'object' ? (body.answers as Record<string, string>) : undefined,
      choice: typeof body.choice === 'string' ? body.choice : undefined,
      visitor,
      ip: clientIp(req),
      userAgent: req.headers.get('user-agent') ?? '',
    }
    try {
      const result = await participateIn(req.payload, input)
      const headers = new Headers({ 'Cache-Control': 'no-store' })
      if (!existingCookie) {
        const secure = (req.headers.get('x-forwarded-proto') ?? new URL(req.url ?? 'http://x').protocol).startsWith('https')
        headers.append('Set-Cookie', `${COOKIE}=${visitor}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`)
      }
      return Response.json(result, { status: result.already ? 200 : 201, headers })
    } catch (err) {
      if (err instanceof ParticipationError) throw new APIError(err.message, err.status, undefined, true)
      throw err
    }
  },
}
