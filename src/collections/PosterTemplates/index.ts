// 海报模板: one document per code template in src/templates (seeded from listTemplates()). Admins enable or
// disable a template and edit its sample copy; the preview image is rendered by the worker.
import type { CollectionAfterChangeHook, CollectionConfig, Endpoint } from 'payload'

import { posterTemplateAccess } from '../../access/posters'
import { enqueueRender, forgetRender, PREVIEW_CONTEXT, renderAndWait, type RenderedFile } from '../../jobs/render/enqueue'
import { fail, renderAndSend, requireUser, sendRendered } from '../Posters/http'
import { checkSlotValues } from '../Posters/slots'
import { brandStamp, templatePreviewJob } from './previews'

const readOnly = { readOnly: true }

const renderPreview: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, context }) => {
  if (context[PREVIEW_CONTEXT]) return doc
  if (operation === 'create' || JSON.stringify(doc.sampleSlots) !== JSON.stringify(previousDoc?.sampleSlots)) {
    const { job, jobId } = templatePreviewJob(doc, await brandStamp(req.payload))
    await enqueueRender(job, jobId)
  }
  return doc
}

/** GET /api/poster-templates/:id/preview.jpg — the template drawn with its sample copy and the current brand. */
const previewEndpoint: Endpoint = {
  path: '/:id/preview.jpg',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const doc = await req.payload.findByID({ collection: 'poster-templates', id: String(req.routeParams?.id), depth: 0, user, overrideAccess: false, disableErrors: true })
    if (!doc) return fail(404, '模板不存在', 'Template not found')
    if (doc.previewHash) {
      const cached = await sendRendered(req, { hash: String(doc.previewHash), ext: 'jpg', bytes: 0 })
      if (cached) return cached
    }
    const { job, jobId } = templatePreviewJob(doc as never, await brandStamp(req.payload))
    return renderAndSend(req, () => renderAndWait<RenderedFile>(job, jobId), () => forgetRender(jobId))
  },
}

export const PosterTemplates: CollectionConfig = {
  slug: 'poster-templates',
  labels: { singular: { zh: '海报模板', en: 'Poster template' }, plural: { zh: '海报模板', en: 'Poster templates' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'key', 'personalised', 'enabled'],
    group: { zh: '内容', en: 'Content' },
    description: { zh: '模板由代码提供（src/templates），这里可启用/停用并修改示例文案；预览图自动生成。', en: 'Templates are code (src/templates); enable them and edit the sample copy here. Previews render automatically.' },
  },
  access: posterTemplateAccess,
  endpoints: [previewEndpoint],
  fields: [
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: { path: '/src/components/admin/posters/PosterPreview#PosterPreview', clientProps: { kind: 'template' } } } },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, label: { zh: '名称', en: 'Name' }, admin: readOnly },
        { name: 'nameEn', type: 'text', label: { zh: '英文名', en: 'English name' }, admin: readOnly },
        { name: 'key', type: 'text', required: true, unique: true, index: true, label: { zh: '模板代码', en: 'Key' }, admin: readOnly },
      ],
    },
    { name: 'description', type: 'text', label: { zh: '说明', en: 'Description' }, admin: readOnly },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' }, admin: { position: 'sidebar', description: { zh: '停用后编辑不能再用它新建海报', en: 'Disabled templates cannot be used for new posters' } } },
    { name: 'personalised', type: 'checkbox', label: { zh: '含客户经理名片', en: 'Has a manager card' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'sizes', type: 'json', label: { zh: '尺寸', en: 'Sizes' }, admin: readOnly },
    { name: 'slots', type: 'json', label: { zh: '字段定义', en: 'Slot schema' }, admin: readOnly },
    {
      name: 'sampleSlots',
      type: 'json',
      label: { zh: '示例文案（用于预览）', en: 'Sample copy (for the preview)' },
      validate: (value: unknown, { siblingData }: { siblingData: { key?: string } }) => checkSlotValues(siblingData.key ?? '', value) ?? true,
    },
    { name: 'previewHash', type: 'text', admin: { hidden: true } },
  ],
  hooks: { afterChange: [renderPreview] },
}
