// Runs inside the render thread (see render-thread.ts): satori, resvg, sharp and the parsed fonts live
// here, so their memory goes away with the thread and their CPU never stalls the worker's event loop.
import { parentPort } from 'node:worker_threads'

import { PosterInputError, PosterTimeoutError, renderPersonalised, renderPoster, type RenderInput } from '../../templates'
import type { ThreadReply, ThreadRequest } from './render-thread'

const revive = (v: unknown): unknown => (v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v)
function buffers<T>(value: T): T {
  if (Array.isArray(value)) return value.map(buffers) as T
  if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, buffers(revive(v))])) as T
  }
  return revive(value) as T
}

parentPort!.on('message', async ({ id, input, layered }: ThreadRequest) => {
  let reply: ThreadReply
  try {
    const i = buffers(input) as RenderInput
    const r = layered ? await renderPersonalised(i) : await renderPoster(i)
    reply = { id, ok: { buffer: r.buffer, width: r.width, height: r.height, contentType: r.contentType, hash: r.hash } }
  } catch (err) {
    if (err instanceof PosterInputError) reply = { id, error: { kind: 'input', slot: err.slot, zh: err.zh, en: err.en, errors: err.errors } }
    else if (err instanceof PosterTimeoutError) reply = { id, error: { kind: 'timeout', timeoutMs: err.timeoutMs } }
    else reply = { id, error: { kind: 'other', message: err instanceof Error ? err.message : String(err) } }
  }
  parentPort!.postMessage(reply, 'ok' in reply && reply.ok ? [reply.ok.buffer.buffer as ArrayBuffer] : [])
})
