// Sending rendered files: ETag = content hash, If-None-Match → 304, private caching (each copy is personal).
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { APIError, type PayloadRequest } from 'payload'

import type { RenderedFile } from '../../jobs/render/enqueue'
import { contentTypeOf, posterFile } from '../../jobs/render/files'

export const fail = (status: number, zh: string, en: string): never => {
  throw new APIError(`${zh} / ${en}`, status, undefined, true)
}

export function requireUser(req: PayloadRequest) {
  if (!req.user || req.user.collection !== 'users') fail(401, '请先登录', 'Log in first')
  return req.user as unknown as { id: string; role?: string; updatedAt?: string; displayName?: string }
}

const etagOf = (hash: string) => `"${hash}"`

export function notModified(req: PayloadRequest, hash: string): boolean {
  const header = req.headers.get('if-none-match') ?? ''
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etagOf(hash))
}

/** The cached file of a finished render, or null when it has gone from disk (the caller re-renders). */
export async function sendRendered(req: PayloadRequest, r: RenderedFile, downloadName?: string): Promise<Response | null> {
  const headers: Record<string, string> = { ETag: etagOf(r.hash), 'Cache-Control': 'private, no-cache', 'X-Content-Type-Options': 'nosniff' }
  if (notModified(req, r.hash)) return new Response(null, { status: 304, headers })
  const file = posterFile(r.hash, r.ext)
  if (!existsSync(file)) return null
  const body = await readFile(file)
  headers['Content-Type'] = contentTypeOf(r.ext)
  headers['Content-Length'] = String(body.length)
  if (downloadName) headers['Content-Disposition'] = `inline; filename="poster.${r.ext}"; filename*=UTF-8''${encodeURIComponent(`${downloadName}.${r.ext}`)}`
  return new Response(new Uint8Array(body), { status: 200, headers })
}

/** Renders through the worker (or takes its cached answer) and sends the file; re-renders once if the file is gone. */
export async function renderAndSend(req: PayloadRequest, render: () => Promise<RenderedFile>, forget: () => Promise<void>, downloadName?: string): Promise<Response> {
  const first = await render().catch(renderFailed)
  const sent = await sendRendered(req, first, downloadName)
  if (sent) return sent
  await forget()
  return (await sendRendered(req, await render().catch(renderFailed), downloadName)) ?? fail(500, '海报文件生成失败', 'The poster file could not be written')
}

function renderFailed(err: unknown): never {
  const msg = err instanceof Error ? err.message : String(err)
  // worker messages for bad input are already bilingual and safe; anything else stays in the log
  if (/ \/ /.test(msg) && !/\n/.test(msg)) fail(422, msg.split(' / ')[0], msg.split(' / ').slice(1).join(' / '))
  if (/timed out|timeout/i.test(msg)) fail(504, '海报生成超时，请稍后重试', 'Rendering took too long; try again shortly')
  return fail(502, '海报生成失败，请稍后重试', 'Rendering failed; try again shortly')
}
