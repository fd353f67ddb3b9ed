// The render queue, in the worker: template previews, poster previews, one manager's copy, bulk
// "every manager of a branch" ZIPs, and a manager's community posters (名片 and activity). Rendering never
// runs in the web process, and in the worker it runs in a thread of its own (render-thread.ts). Bad input
// (a deleted image, invalid slots) is permanent: UnrecoverableError, no retries.
import { createWriteStream } from 'node:fs'
import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { UnrecoverableError, type Job } from 'bullmq'
import type { Payload } from 'payload'
import yazl from 'yazl'

import { communityPosterInput } from '../../lib/community/poster'
import { PosterInputError, type RenderInput } from '../../templates'
import type { JobContext } from '../context'
import { PREVIEW_CONTEXT, type RenderedFile } from './enqueue'
import { exportFile, posterFile, writeAtomic, type PosterExt } from './files'
import { idOf, loadBrand, personalInput, posterInput, slotsWithImages, type PosterDoc } from './inputs'
import { renderInThread } from './render-thread'

async function renderToFile(input: RenderInput, ext: PosterExt, layered = true): Promise<RenderedFile & { buffer: Buffer }> {
  const r = await renderInThread(input, layered)
  await writeAtomic(posterFile(r.hash, ext), r.buffer)
  return { hash: r.hash, ext, bytes: r.buffer.length, buffer: r.buffer }
}

const strip = ({ hash, ext, bytes }: RenderedFile): RenderedFile => ({ hash, ext, bytes })

async function loadPoster(payload: Payload, id: string): Promise<PosterDoc> {
  const doc = await payload.findByID({ collection: 'posters', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!doc) throw new UnrecoverableError(`poster ${id} not found`)
  return doc as unknown as PosterDoc
}

async function templatePreview(payload: Payload, templateId: string): Promise<RenderedFile> {
  const t = await payload.findByID({ collection: 'poster-templates', id: templateId, depth: 0, overrideAccess: true })
  const key = String(t.key)
  const input: RenderInput = { templateKey: key, slots: await slotsWithImages(payload, key, (t.sampleSlots ?? {}) as Record<string, unknown>), brand: await loadBrand(payload), quality: 82 }
  const file = await renderToFile(input, 'jpg', false)
  await payload.update({ collection: 'poster-templates', id: templateId, data: { previewHash: file.hash }, overrideAccess: true, context: { [PREVIEW_CONTEXT]: true } })
  return strip(file)
}

async function personalCopy(payload: Payload, poster: PosterDoc, managerId: string, ext: PosterExt) {
  if (poster.status !== 'approved') throw new UnrecoverableError('海报未审核通过 / The poster is not approved')
  const input = await posterInput(payload, poster, ext)
  if (poster.personalised !== false) input.personal = await personalInput(payload, poster, managerId)
  return renderToFile(input, ext)
}

interface ManagerRow {
  id: string
  displayName?: string
  employeeNo?: string
}

/** Managers of a branch and every branch below it. */
async function managersOf(payload: Payload, branchId: string): Promise<ManagerRow[]> {
  const branches = await payload.find({
    collection: 'branches',
    where: { or: [{ id: { equals: branchId } }, { ancestors: { contains: branchId } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const users = await payload.find({
    collection: 'users',
    where: { and: [{ role: { equals: 'manager' } }, { branch: { in: branches.docs.map((b) => b.id) } }] },
    depth: 0,
    pagination: false,
    sort: 'employeeNo',
    overrideAccess: true,
  })
  return users.docs as unknown as ManagerRow[]
}

async function bulk(job: Job, payload: Payload, exportId: string) {
  const exp = await payload.findByID({ collection: 'poster-exports', id: exportId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!exp) throw new UnrecoverableError(`export ${exportId} not found`)
  const set = (data: Record<string, unknown>) => payload.update({ collection: 'poster-exports', id: exportId, data, overrideAccess: true, depth: 0 })
  try {
    const poster = await loadPoster(payload, idOf(exp.poster as never)!)
    const managers = await managersOf(payload, idOf(exp.branch as never)!)
    if (managers.length === 0) throw new UnrecoverableError('该机构下没有客户经理 / No managers in this branch')
    await set({ status: 'running', total: managers.length, progress: 0, error: null })
    const zip = new yazl.ZipFile()
    const name = `${exportId}.zip`
    const tmp = exportFile(`${name}.${process.pid}.tmp`)
    await mkdir(path.dirname(tmp), { recursive: true })
    const written = pipeline(zip.outputStream, createWriteStream(tmp))
    const used = new Set<string>()
    for (const [i, m] of managers.entries()) {
      const copy = await personalCopy(payload, poster, String(m.id), 'jpg')
      let entry = `${m.employeeNo ?? ''}-${m.displayName ?? m.id}`.replace(/[\\/:*?"<>|]/g, '_')
      while (used.has(entry)) entry += '_'
      used.add(entry)
      // JPEGs do not shrink further: store them uncompressed
      zip.addBuffer(copy.buffer, `${entry}.jpg`, { compress: false })
      await job.updateProgress(Math.round(((i + 1) / managers.length) * 100))
      await set({ progress: i + 1 })
    }
    zip.end()
    await written
    await rename(tmp, exportFile(name))
    await set({ status: 'done', file: name, finishedAt: new Date().toISOString() })
    return { exportId, files: managers.length }
  } catch (err) {
    const final = err instanceof UnrecoverableError || err instanceof PosterInputError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
    if (final) await set({ status: 'failed', error: messageOf(err) }).catch(() => undefined)
    throw err
  }
}

const messageOf = (err: unknown) => (err instanceof PosterInputError ? `${err.zh} / ${err.en}` : err instanceof Error ? err.message : String(err))

export async function processRender(job: Job, { payload }: JobContext): Promise<unknown> {
  try {
    switch (job.name) {
      case 'template-preview':
        return await templatePreview(payload, job.data.templateId)
      case 'poster-preview': {
        const poster = await loadPoster(payload, job.data.posterId)
        return strip(await renderToFile(await posterInput(payload, poster, job.data.ext), job.data.ext))
      }
      case 'personal': {
        const poster = await loadPoster(payload, job.data.posterId)
        return strip(await personalCopy(payload, poster, job.data.managerId, job.data.ext))
      }
      case 'bulk':
        return await bulk(job, payload, job.data.exportId)
      case 'community': {
        const input = await communityPosterInput(payload, job.data.managerId, job.data.activityId)
        if (!input) throw new UnrecoverableError('活动或客户经理不存在 / Activity or manager not found')
        return strip(await renderToFile(input, job.data.ext))
      }
      default:
        throw new UnrecoverableError(`unknown render job ${job.name}`)
    }
  } catch (err) {
    if (err instanceof PosterInputError) throw new UnrecoverableError(messageOf(err))
    throw err
  }
}
