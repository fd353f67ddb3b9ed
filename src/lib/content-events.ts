// Hooks other capabilities attach to content status changes (e.g. the scheduler puts publications on hold
// when content leaves approved/scheduled, and releases them when it is approved again).
import type { Payload, PayloadRequest } from 'payload'

export type ContentStatusEvent = {
  payload: Payload
  contentId: string
  from: string
  to: string
  req?: PayloadRequest
}

/** Called, in order, after every workflow transition and when an edit sends reviewed content back to draft. */
export const contentStatusListeners: ((e: ContentStatusEvent) => Promise<void>)[] = []

export async function emitContentStatus(e: ContentStatusEvent): Promise<void> {
  for (const listener of contentStatusListeners) await listener(e)
}
