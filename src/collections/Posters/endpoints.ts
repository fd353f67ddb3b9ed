// REST: the workflow, the logged-in manager's own copy (/api/posters/:id/me.jpg|png — the path names no
// manager, so nobody can ask for another's), the editor's preview, and the bulk "whole branch" ZIP.
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { enqueueRender, forgetRender, renderAndWait, versionOf, type RenderedFile } from '../../jobs/render/enqueue'
import type { PosterExt } from '../../jobs/render/files'
import { brandStamp } from '../PosterTemplates/previews'
import { fail, renderAndSend, requireUser } from './http'
import { transitionPoster } from './workflow'

async function bodyOf(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' ? body : {}
  } catch {
    return fail(400, '请求体必须是JSON', 'The request body must be JSON')
  }
}

/** The poster as this user may see it (managers: approved posters of their branch lineage only). */
async function visiblePoster(req: PayloadRequest) {
  const user = requireUser(req)
  const doc = await req.payload.findByID({ collection: 'posters', id: String(req.routeParams?.id ?? ''), depth: 0, user, overrideAccess: false, disableErrors: true, req })
  if (!doc) fail(404, '海报不存在或尚未审核通过', 'Poster not found or not approved yet')
  return { user, doc: doc! }
}

const staffOnly = (req: PayloadRequest) => {
  if (!hasRole('admin', 'editor', 'reviewer')({ req })) fail(403, '仅总行工作人员可操作', 'Head-office staff only')
}

const transition: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const body = await bodyOf(req)
    const doc = await transitionPoster(req.payload, {
      id: String(req.routeParams?.id ?? ''),
      to: String(body.to ?? ''),
      reason: typeof body.reason === 'string' ? body.reason : null,
      user: user as never,
      req,
    })
    return Response.json({ id: doc.id, status: doc.status, message: '状态已更新 / Status updated' })
  },
}

const myCopy = (ext: PosterExt): Endpoint => ({
  path: `/:id/me.${ext}`,
  method: 'get',
  handler: async (req) => {
    const { user, doc } = await visiblePoster(req)
    if (doc.status !== 'approved') fail(403, '海报尚未审核通过，不能下载', 'The poster is not approved yet')
    const version = versionOf(doc.updatedAt, await brandStamp(req.payload), user.updatedAt ?? null)
    const jobId = `personal-${doc.id}-${user.id}-${ext}-${version}`
    const job = { name: 'personal' as const, data: { posterId: String(doc.id), managerId: String(user.id), ext } }
    return renderAndSend(req, () => renderAndWait<RenderedFile>(job, jobId), () => forgetRender(jobId), `${doc.title}-${user.displayName ?? ''}`)
  },
})

/** The poster without a manager card (the bank's own contact instead): the editor's live preview. */
const preview: Endpoint = {
  path: '/:id/preview.jpg',
  method: 'get',
  handler: async (req) => {
    const { doc } = await visiblePoster(req)
    const jobId = `poster-preview-${doc.id}-${versionOf(doc.updatedAt, await brandStamp(req.payload))}`
    const job = { name: 'poster-preview' as const, data: { posterId: String(doc.id), ext: 'jpg' as const } }
    return renderAndSend(req, () => renderAndWait<RenderedFile>(job, jobId), () => forgetRender(jobId))
  },
}

/** POST {branch}: one copy per manager of the branch (and the branches below it), zipped by the worker. */
const bulk: Endpoint = {
  path: '/:id/bulk',
  method: 'post',
  handler: async (req) => {
    staffOnly(req)
    const { user, doc } = await visiblePoster(req)
    if (doc.status !== 'approved') fail(403, '海报尚未审核通过', 'The poster is not approved yet')
    const branch = String((await bodyOf(req)).branch ?? '')
    const found = branch ? await req.payload.findByID({ collection: 'branches', id: branch, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
    if (!found) fail(400, '请选择机构', 'Choose a branch')
    const version = versionOf(doc.updatedAt, await brandStamp(req.payload))
    const existing = await req.payload.find({
      collection: 'poster-exports',
      where: { and: [{ poster: { equals: doc.id } }, { branch: { equals: branch } }, { version: { equals: version } }, { status: { not_equals: 'failed' } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const exp =
      existing.docs[0] ??
      (await req.payload.create({
        collection: 'poster-exports',
        data: { poster: doc.id, branch, version, status: 'queued', progress: 0, total: 0, requestedBy: user.id },
        overrideAccess: true,
        req,
      }))
    await enqueueRender({ name: 'bulk', data: { exportId: String(exp.id) } }, `bulk-${doc.id}-${branch}-${exp.id}`)
    return Response.json({ id: exp.id, status: exp.status, message: '已开始批量生成 / Bulk render started' }, { status: existing.docs[0] ? 200 : 202 })
  },
}

export const posterEndpoints: Endpoint[] = [transition, myCopy('jpg'), myCopy('png'), preview, bulk]
