// The posters' statuses and transitions as pure data (the admin's buttons and the server share it):
// the contents' transition table restricted to draft → in_review → approved | rejected → archived.
import { STATUS_LABELS, TRANSITIONS, type Actor, type TransitionRule } from '../Contents/transitions'

export const POSTER_STATUSES = ['draft', 'in_review', 'approved', 'rejected', 'archived'] as const
export type PosterStatus = (typeof POSTER_STATUSES)[number]
export const isPosterStatus = (s: string): s is PosterStatus => (POSTER_STATUSES as readonly string[]).includes(s)

export const POSTER_TRANSITIONS: TransitionRule[] = TRANSITIONS.filter((t) => isPosterStatus(t.from) && isPosterStatus(t.to))
export const POSTER_STATUS_OPTIONS = POSTER_STATUSES.map((s) => ({ value: s, label: { ...STATUS_LABELS[s] } }))

export function posterTransitionsFor(from: string, actor: Actor | null): TransitionRule[] {
  return actor ? POSTER_TRANSITIONS.filter((t) => t.from === from && t.by.includes(actor)) : []
}
