// A real HTTP server in front of Payload's own REST and GraphQL route handlers (the ones Next mounts at
// /api/[...slug]), so REST access rules are tested over HTTP without a Next build.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export interface RestServer {
  url: string
  close(): Promise<void>
  login(email: string, password: string): Promise<string>
  call(method: string, path: string, opts?: { token?: string; body?: unknown }): Promise<{ status: number; json: any }>
}

export async function startRestServer(): Promise<RestServer> {
  const { default: config } = await import('../../payload.config')
  const handlers: Record<string, any> = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    PUT: REST_PUT(config),
    DELETE: REST_DELETE(config),
  }
  const graphql = GRAPHQL_POST(config)
  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = []
      for await (const c of req) chunks.push(c as Buffer)
      const body = chunks.length ? Buffer.concat(chunks) : undefined
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
      })
      let response: Response
      if (url.pathname === '/api/graphql' && req.method === 'POST') {
        response = await graphql(request)
      } else {
        const slug = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
        response = await handlers[req.method ?? 'GET'](request, { params: Promise.resolve({ slug }) })
      }
      res.writeHead(response.status, Object.fromEntries(response.headers.entries()))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: String(err) }))
    }
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const call: RestServer['call'] = async (method, path, opts = {}) => {
    const r = await fetch(url + path, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `JWT ${opts.token}` } : {}),
      },
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    })
    const text = await r.text()
    let json: any
    try {
      json = JSON.parse(text)
    } catch {
      json = { raw: text }
    }
    return { status: r.status, json }
  }
  return {
    url,
    call,
    close: () => new Promise((r) => server.close(() => r())),
    login: async (email, password) => {
      const r = await call('POST', '/api/users/login', { body: { email, password } })
      if (r.status !== 200) throw new Error(`login ${email} failed: ${r.status} ${JSON.stringify(r.json)}`)
      return r.json.token as string
    },
  }
}
