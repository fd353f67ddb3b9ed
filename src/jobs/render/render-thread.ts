// Posters are rendered in one worker thread, started on the first render and ended after a minute without
// one. Why: satori lays text out synchronously (tens to hundreds of ms per poster) and two parsed Noto Sans SC
// weights cost ~250 MB; in a thread neither stalls publishing jobs nor stays resident in an idle worker.
// The thread's heap is capped, so a hostile input can only cost a failed render, never the worker process.
import { Worker } from 'node:worker_threads'

import { PosterInputError, PosterTimeoutError, type RenderInput, type RenderResult } from '../../templates'

export interface ThreadRequest {
  id: number
  input: RenderInput
  layered: boolean
}

type ThreadError =
  | { kind: 'input'; slot: string; zh: string; en: string; errors: { slot: string; zh: string; en: string }[] }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'other'; message: string }

export type ThreadReply = { id: number; ok: RenderResult; error?: undefined } | { id: number; error: ThreadError; ok?: undefined }

const IDLE_MS = Number(process.env.MATRIXDESK_RENDER_IDLE_MS || 60_000)
const HEAP_MB = 768

let thread: Worker | null = null
let idleTimer: NodeJS.Timeout | undefined
let nextId = 1
const pending = new Map<number, { resolve: (r: RenderResult) => void; reject: (e: Error) => void }>()

function failAll(err: Error) {
  for (const p of pending.values()) p.reject(err)
  pending.clear()
}

// A thread does not inherit the process's `--import tsx` loader: it registers tsx itself, then loads the
// TypeScript entry (export conditions such as --conditions=production are inherited with execArgv).
const boot = () => {
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./thread-entry.ts', import.meta.url).href
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}) })`
}

function start(): Worker {
  const w = new Worker(boot(), { eval: true, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } })
  w.on('message', (reply: ThreadReply) => {
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if (reply.ok) p.resolve({ ...reply.ok, buffer: Buffer.from(reply.ok.buffer.buffer, reply.ok.buffer.byteOffset, reply.ok.buffer.byteLength) })
    else if (reply.error.kind === 'input') p.reject(new PosterInputError(reply.error.slot, reply.error, reply.error.errors))
    else if (reply.error.kind === 'timeout') p.reject(new PosterTimeoutError(reply.error.timeoutMs))
    else p.reject(new Error(reply.error.message))
    armIdle()
  })
  w.on('error', (err) => failAll(new Error(`render thread failed: ${err.message}`)))
  w.on('exit', (code) => {
    if (thread === w) thread = null
    if (pending.size) failAll(new Error(`render thread exited (${code})`))
  })
  return w
}

function armIdle() {
  clearTimeout(idleTimer)
  if (pending.size) return
  // an idle thread must not keep a finished process alive
  thread?.unref()
  idleTimer = setTimeout(() => void stopRenderThread(), IDLE_MS)
  idleTimer.unref()
}

/** Renders one poster in the render thread (started on demand). */
export function renderInThread(input: RenderInput, layered: boolean): Promise<RenderResult> {
  clearTimeout(idleTimer)
  thread ??= start()
  thread.ref()
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    thread!.postMessage({ id, input, layered } satisfies ThreadRequest)
  })
}

/** Ends the thread (idle, or the worker shuts down); renders still pending fail and are retried by BullMQ. */
export async function stopRenderThread(): Promise<void> {
  clearTimeout(idleTimer)
  const w = thread
  thread = null
  if (w) await w.terminate()
}

export const renderThreadRunning = () => thread !== null
