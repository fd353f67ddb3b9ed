'use client'
// The content form's current values as a nested object (variants.moments.text …), for live lint and previews.
import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useMemo } from 'react'

export type ContentValues = {
  title?: string
  master?: string
  category?: string
  status?: string
  variants?: {
    moments?: { enabled?: boolean; text?: string; images?: unknown[]; link?: string }
    article?: { enabled?: boolean; title?: string; author?: string; digest?: string; cover?: unknown; coverSquare?: unknown; body?: unknown; sourceUrl?: string }
    video?: { enabled?: boolean; video?: unknown; description?: string; topics?: { tag?: string }[]; linkedArticleUrl?: string }
    group?: { enabled?: boolean; text?: string; image?: unknown }
  }
}

export function useContentValues(): ContentValues {
  const [fields] = useAllFormFields()
  return useMemo(() => reduceFieldsToValues(fields, true) as ContentValues, [fields])
}

/** POST JSON to our API with the admin's session cookie; throws the bilingual message of an API error. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const r = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = await r.json().catch(() => ({}))
  if (!r.ok) throw new Error(json?.errors?.[0]?.message ?? json?.message ?? `HTTP ${r.status}`)
  return json as T
}
