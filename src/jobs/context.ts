import type { Payload } from 'payload'

/** What every processor gets: the worker's one Payload instance (Local API). */
export interface JobContext {
  payload: Payload
}
