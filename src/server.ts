// The web process: Express 5 hosting Next.js + Payload (admin, REST, GraphQL) beside our own routes.
// Body parsers are mounted only on our own routes: a global express.json() consumes the request body
// before Payload sees it and breaks login (PITFALLS.md).
import express from 'express'
import next from 'next'

import { closeSharedRedis, sharedRedis, warnOnEvictionPolicy } from './jobs/connection'
import { exitOnConfigError, loadEnv, type AppEnv } from './lib/env'
import { log } from './lib/log'
import { expressRoutes } from './routes'
import { preferChinese } from './routes/prefer-chinese'
import { createWebServer } from './routes/tracking'

export async function createApp(env: AppEnv, dev: boolean) {
  // tsx turns Node's source maps on, and Node then parses and keeps the map of every module it loads from
  // then on — for Next's production chunks ~40 MB of mappings and sources held for the life of the process.
  // Our own TypeScript is loaded by now and keeps its maps; Next's compiled chunks load without.
  if (!dev) process.setSourceMapsEnabled(false)
  const nextApp = next({ dev, dir: env.root, port: env.port })
  const handle = nextApp.getRequestHandler()
  await nextApp.prepare()

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback, uniquelocal')
  for (const router of expressRoutes(env)) app.use(router)
  app.use(preferChinese)
  // everything else — /admin, /api, /_next — belongs to Next and Payload
  app.all('/{*splat}', (req, res) => handle(req, res))
  return { app, nextApp }
}

/** Resolves on the start command's `prepared` message; ends this process if the start command goes away. */
function databasePrepared(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: { type?: string }) => {
      if (m?.type !== 'prepared') return
      process.off('message', onMessage)
      process.off('disconnect', onDisconnect)
      resolve()
    }
    const onDisconnect = () => process.exit(1)
    process.on('message', onMessage)
    process.once('disconnect', onDisconnect)
  })
}

async function main() {
  let env: AppEnv
  try {
    env = loadEnv()
  } catch (err) {
    exitOnConfigError(err)
  }
  const dev = process.argv.includes('--dev')
  const { app, nextApp } = await createApp(env, dev)
  await warnOnEvictionPolicy(sharedRedis(), (m) => log.warn(m))
  // `npm start` boots Next while it migrates and seeds the database; requests wait until that is done
  if (process.env.MATRIXDESK_LISTEN_AFTER_PREPARE === '1' && process.send) await databasePrepared()
  // customers' scans (GET /t/:code) are answered before Express routing: the busiest path in the product
  const server = createWebServer(env, app)
  server.listen(env.port, () => {
    log.info(`web ${process.pid} ready on http://localhost:${env.port}/admin (${dev ? 'development' : 'production'})`)
    if (process.send) process.send({ type: 'web-ready', port: env.port })
  })
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') {
      log.error(`端口 ${env.port} 已被占用 / Port ${env.port} is already in use — set PORT to another port`)
      process.exit(2)
    }
    throw err
  })
  const shutdown = () => {
    server.close(() => undefined)
    void Promise.allSettled([nextApp.close?.(), closeSharedRedis()]).then(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

main().catch((err) => {
  log.error(`web failed to start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
