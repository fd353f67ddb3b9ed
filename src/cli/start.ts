// `npm start` — MatrixDesk in one command on the embedded defaults:
//   config check → Redis (REDIS_URL, or a private redis-server) → database reachable → production build
//   if missing or stale → prepare (migrations + demo seed) → web + worker, until Ctrl-C.
// `npm run dev` does the same with Next's dev server and schema push on a separate SQLite file.
import { spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { ConfigError, exitOnConfigError, loadEnv, type AppEnv } from '../lib/env'
import { pipeWithPrefix, spawnTs } from '../lib/processes'
import { pingRedisUrl, RedisUnavailableError, startPrivateRedis, type PrivateRedis } from '../lib/redis-server'
import { buildIsStale } from './build-state'

const dev = process.argv.includes('--dev')
const t0 = Date.now()
const say = (m: string) => console.log(`[start] ${m}`)
const fail = (m: string, code = 2): never => {
  console.error(`\n✖ ${m}\n`)
  process.exit(code)
}

function tcpReachable(host: string, port: number, timeoutMs = 3_000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port })
    const done = (ok: boolean) => {
      s.destroy()
      resolve(ok)
    }
    s.setTimeout(timeoutMs, () => done(false))
    s.once('error', () => done(false))
    s.once('connect', () => done(true))
  })
}

async function checkDatabase(env: AppEnv) {
  if (env.databaseKind === 'sqlite') return
  const u = new URL(env.databaseUrl.replace(/^mongodb\+srv/, 'mongodb'))
  const port = Number(u.port || (env.databaseKind === 'postgres' ? 5432 : 27017))
  if (env.databaseUrl.startsWith('mongodb+srv')) return
  if (!(await tcpReachable(u.hostname, port))) {
    fail(`无法连接数据库 ${u.hostname}:${port}（DATABASE_URL）。请确认数据库已启动、地址正确。\n  Cannot reach the database at ${u.hostname}:${port} (DATABASE_URL). Is it running and is the address right?`)
  }
}

async function ensureRedis(env: AppEnv): Promise<PrivateRedis | null> {
  if (env.redisUrl) {
    if (!(await pingRedisUrl(env.redisUrl))) {
      fail(`无法连接 Redis（REDIS_URL=${env.redisUrl.replace(/\/\/[^@]*@/, '//***@')}）。请启动 Redis 或去掉 REDIS_URL 让矩阵台自己启动一个。\n  Cannot reach Redis at REDIS_URL. Start it, or unset REDIS_URL and MatrixDesk starts its own.`)
    }
    return null
  }
  const port = Number(process.env.MATRIXDESK_REDIS_PORT || 6390)
  try {
    const redis = await startPrivateRedis(path.join(env.root, '.data', 'redis'), port)
    process.env.REDIS_URL = redis.url
    say(`Redis ${redis.child ? 'started' : 'reused'} at ${redis.url} (AOF, .data/redis)`)
    return redis
  } catch (err) {
    if (err instanceof RedisUnavailableError) fail(err.message)
    throw err
  }
}

function build(env: AppEnv) {
  if (dev || !buildIsStale(env.root)) return
  say('构建管理后台（首次约 2 分钟）/ building the admin (about 2 minutes the first time)…')
  const r = spawnSync(process.execPath, [path.join(env.root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: env.root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (r.status !== 0) fail('构建失败，请查看上面的输出 / the build failed: see the output above', 1)
}

/** Migrations and the demo seed, in their own process; resolves with its exit code. */
function runPrepare(childEnv: NodeJS.ProcessEnv) {
  return new Promise<number>((resolve) => {
    const child = spawnTs('src/cli/prepare.ts', [], { env: childEnv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

async function main() {
  let env: AppEnv
  try {
    if (dev && !process.env.DATABASE_URL) process.env.DATABASE_URL = 'file:.data/matrixdesk-dev.db'
    env = loadEnv()
  } catch (err) {
    if (err instanceof ConfigError) exitOnConfigError(err)
    throw err
  }
  const nodeEnv = dev ? 'development' : 'production'
  await checkDatabase(env)
  const redis = await ensureRedis(env)
  build(env)
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: nodeEnv, NEXT_TELEMETRY_DISABLED: '1' }

  const children: ChildProcess[] = []
  let stopping = false
  const stopAll = async (code: number) => {
    if (stopping) return
    stopping = true
    say('正在停止 / stopping…')
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null) return resolve()
            c.once('exit', () => resolve())
            c.kill('SIGTERM')
            setTimeout(() => c.kill('SIGKILL'), 15_000).unref()
          }),
      ),
    )
    await redis?.stop()
    process.exit(code)
  }
  const launch = (file: string, name: string, args: string[] = [], extraEnv: Record<string, string> = {}) => {
    const child = spawnTs(file, args, { env: { ...childEnv, ...extraEnv } })
    pipeWithPrefix(child, `[${name}]`)
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`)
        void stopAll(code || 1)
      }
    })
    children.push(child)
    return child
  }
  // the web process boots Next (the slow part of a restart) while the database is prepared, and starts
  // listening once it is; the worker starts after, since it works on the data at once
  process.on('SIGINT', () => void stopAll(0))
  process.on('SIGTERM', () => void stopAll(0))
  const web = launch('src/server.ts', 'web', dev ? ['--dev'] : [], { MATRIXDESK_LISTEN_AFTER_PREPARE: '1' })
  web.on('message', (m: { type?: string }) => {
    if (m?.type === 'web-ready') say(`✓ MatrixDesk 矩阵台 ready in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${env.publicUrl}/admin`)
  })
  const prepared = await runPrepare(childEnv)
  if (stopping) return
  if (prepared !== 0) {
    console.error('[start] 数据库准备失败（见上文）/ database preparation failed (see above)')
    return void stopAll(prepared)
  }
  web.send({ type: 'prepared' })
  launch('src/worker.ts', 'worker')
  // the demo bank's linked accounts point at the local WeChat/WeCom server (reused when one already listens)
  const fakePort = Number(process.env.FAKE_WECHAT_PORT || 3900)
  if (process.env.MATRIXDESK_FAKE_WECHAT !== '0' && !(await tcpReachable('127.0.0.1', fakePort, 500))) launch('tests/helpers/fake-wechat/main.ts', 'fake-wechat')
  fs.mkdirSync(path.join(env.root, '.data'), { recursive: true })
}

main().catch((err) => fail(`启动失败 / start failed: ${err instanceof Error ? err.message : String(err)}`, 1))
