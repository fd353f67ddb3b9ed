// 批量导出: one bulk render of a poster for every manager of a branch, written by the worker as a ZIP.
// The admin polls the document for progress; only head-office staff can read it or download the ZIP.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { CollectionConfig, Endpoint } from 'payload'

import { hasRole } from '../../access/roles'
import { posterExportAccess } from '../../access/posters'
import { exportFile } from '../../jobs/render/files'
import { fail } from '../Posters/http'

/** GET /api/poster-exports/:id/download.zip — staff only. */
const download: Endpoint = {
  path: '/:id/download.zip',
  method: 'get',
  handler: async (req) => {
    if (!hasRole('admin', 'editor', 'reviewer')({ req })) fail(req.user ? 403 : 401, '仅总行工作人员可下载批量海报', 'Head-office staff only')
    const exp = await req.payload.findByID({ collection: 'poster-exports', id: String(req.routeParams?.id ?? ''), depth: 1, user: req.user, overrideAccess: false, disableErrors: true, req })
    if (!exp) return fail(404, '导出任务不存在', 'Export not found')
    if (exp.status !== 'done' || !exp.file || !existsSync(exportFile(String(exp.file)))) fail(409, '压缩包尚未生成完成', 'The ZIP is not ready yet')
    const body = await readFile(exportFile(String(exp.file)))
    const poster = exp.poster && typeof exp.poster === 'object' ? String((exp.poster as { title?: string }).title ?? 'posters') : 'posters'
    const branch = exp.branch && typeof exp.branch === 'object' ? String((exp.branch as { name?: string }).name ?? '') : ''
    return new Response(new Uint8Array(body), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Length': String(body.length),
        'Content-Disposition': `attachment; filename="posters.zip"; filename*=UTF-8''${encodeURIComponent(`${poster}-${branch}.zip`)}`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

export const PosterExports: CollectionConfig = {
  slug: 'poster-exports',
  labels: { singular: { zh: '批量导出', en: 'Poster export' }, plural: { zh: '海报批量导出', en: 'Poster exports' } },
  admin: { useAsTitle: 'file', defaultColumns: ['poster', 'branch', 'status', 'progress', 'total', 'createdAt'], group: { zh: '内容', en: 'Content' } },
  access: posterExportAccess,
  endpoints: [download],
  fields: [
    { name: 'poster', type: 'relationship', relationTo: 'posters', required: true, index: true, label: { zh: '海报', en: 'Poster' } },
    { name: 'branch', type: 'relationship', relationTo: 'branches', required: true, label: { zh: '机构', en: 'Branch' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'queued', label: { zh: '排队中', en: 'Queued' } },
        { value: 'running', label: { zh: '生成中', en: 'Running' } },
        { value: 'done', label: { zh: '已完成', en: 'Done' } },
        { value: 'failed', label: { zh: '失败', en: 'Failed' } },
      ],
    },
    { type: 'row', fields: [{ name: 'progress', type: 'number', defaultValue: 0, label: { zh: '已完成', en: 'Done' } }, { name: 'total', type: 'number', defaultValue: 0, label: { zh: '总数', en: 'Total' } }] },
    { name: 'file', type: 'text', label: { zh: '压缩包', en: 'ZIP file' }, admin: { readOnly: true } },
    { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' }, admin: { readOnly: true } },
    { name: 'version', type: 'text', index: true, admin: { hidden: true } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { zh: '发起人', en: 'Requested by' }, admin: { readOnly: true } },
    { name: 'finishedAt', type: 'date', label: { zh: '完成时间', en: 'Finished at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
