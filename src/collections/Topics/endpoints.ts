// REST: POST /api/topics/import (JSON or CSV file; format in src/lib/topic-import.md) and
// POST /api/topics/:id/campaign (start a 借势 campaign from a topic).
import { APIError, type Endpoint, type PayloadRequest } from 'payload'

import { branchIdOf, hasRole, userOf } from '../../access/roles'
import { parseTopicImport } from '../../lib/topic-import'

const SHANGHAI = 'Asia/Shanghai' as const

const mayWrite = (req: PayloadRequest) => {
  if (!hasRole('admin', 'editor')({ req })) throw new APIError('只有编辑和管理员可以操作 / Only editors and admins may do this', 403, undefined, true)
}

/** The uploaded file: multipart field `file`, or JSON {content, format?}. */
async function readImport(req: PayloadRequest): Promise<{ content: string | Uint8Array; format?: 'json' | 'csv' }> {
  const type = req.headers.get('content-type') ?? ''
  const formatOf = (name: string) => (/\.json$/i.test(name) ? 'json' : /\.csv$/i.test(name) ? 'csv' : undefined)
  try {
    if (type.includes('multipart/form-data')) {
      const file = (await req.formData!()).get('file')
      if (!file || typeof file === 'string') throw new Error('no file')
      return { content: new Uint8Array(await file.arrayBuffer()), format: formatOf(file.name) }
    }
    const body = (await req.json!()) as { content?: unknown; format?: unknown; filename?: unknown }
    if (typeof body?.content !== 'string') throw new Error('no content')
    const format = body.format === 'json' || body.format === 'csv' ? body.format : formatOf(String(body.filename ?? ''))
    return { content: body.content, format }
  } catch {
    throw new APIError('请上传JSON或CSV文件（字段 file），或提交 {content} / Upload a JSON or CSV file (field “file”) or post {content}', 400, undefined, true)
  }
}

export const importTopicsEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    mayWrite(req)
    const { content, format } = await readImport(req)
    const { rows, errors } = parseTopicImport(content, { format })
    let created = 0
    let updated = 0
    for (const row of rows) {
      const data = { ...row, angles: row.angles.map((angle) => ({ angle })), firstSeen_tz: SHANGHAI, windowEnd_tz: SHANGHAI }
      const found = await req.payload.find({
        collection: 'topics', where: { and: [{ title: { equals: row.title } }, { source: { equals: row.source } }] }, limit: 1, depth: 0, req, overrideAccess: false,
      })
      if (found.docs[0]) {
        await req.payload.update({ collection: 'topics', id: found.docs[0].id, data, req, overrideAccess: false, depth: 0 })
        updated++
      } else {
        await req.payload.create({ collection: 'topics', data, req, overrideAccess: false, depth: 0 })
        created++
      }
    }
    return Response.json({ created, updated, errors }, { status: rows.length === 0 && errors.length > 0 ? 400 : 200 })
  },
}

export const campaignFromTopicEndpoint: Endpoint = {
  path: '/:id/campaign',
  method: 'post',
  handler: async (req) => {
    mayWrite(req)
    const topic = await req.payload.findByID({ collection: 'topics', id: String(req.routeParams?.id ?? ''), depth: 0, req, overrideAccess: false, disableErrors: true })
    if (!topic) throw new APIError('热点不存在 / Topic not found', 404, undefined, true)
    const user = userOf({ req })
    const angles = (topic.angles ?? []).map((a: { angle?: string }) => a.angle).filter(Boolean)
    const campaign = await req.payload.create({
      collection: 'campaigns',
      data: {
        name: `${topic.title} · 借势活动`,
        kind: 'trend',
        stage: 'acquisition',
        theme: angles[0] ?? topic.title,
        topic: topic.id,
        branch: user ? branchIdOf(user) : undefined,
        period: { start: topic.firstSeen, end: topic.windowEnd },
        script: { theme: topic.title, content: angles.join('\n') },
      },
      req,
      overrideAccess: false,
      depth: 0,
    })
    return Response.json({ id: campaign.id, message: '已创建借势活动 / Campaign created' }, { status: 201 })
  },
}
