import type { Endpoint } from 'payload'

/** Answers {db:"ok"} when a trivial query succeeds; never reveals the error text to the caller. */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.count({ collection: 'branches', overrideAccess: true })
      return Response.json({ db: 'ok' })
    } catch (err) {
      req.payload.logger.error({ err }, 'health: database check failed')
      return Response.json({ db: 'down' }, { status: 503 })
    }
  },
}
