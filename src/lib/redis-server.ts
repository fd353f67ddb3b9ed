// A private redis-server for the embedded default: started by `npm start` when REDIS_URL is unset,
// with AOF on (delayed publish jobs survive a restart) and data under .data/redis, stopped on exit.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export class RedisUnavailableError extends Error {}

export function findRedisServer(): string | null {
  // look through PATH ourselves: no shell needed, and a missing PATH simply finds nothing
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, 'redis-server')
    try {
      fs.accessSync(candidate, fs.constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return null
}

/** Sends PING over a raw socket; resolves true on +PONG. Used before any client library is involved. */
export function pingRedis(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('error', () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (d) => done(d.toString().startsWith('+PONG')))
  })
}

export async function pingRedisUrl(url: string, timeoutMs = 2_000): Promise<boolean> {
  const u = new URL(url)
  if (u.protocol === 'rediss:' || u.password) return true // TLS/auth: leave the check to ioredis
  return pingRedis(u.hostname || '127.0.0.1', Number(u.port || 6379), timeoutMs)
}

export interface PrivateRedis {
  url: string
  child: ChildProcess | null
  stop(): Promise<void>
}

export async function startPrivateRedis(dataDir: string, port: number): Promise<PrivateRedis> {
  const url = `redis://127.0.0.1:${port}`
  if (await pingRedis('127.0.0.1', port)) {
    // a redis-server from an earlier run that did not stop (or one the operator started): reuse it
    return { url, child: null, stop: async () => undefined }
  }
  const bin = findRedisServer()
  if (!bin) {
    throw new RedisUnavailableError(
      [
        '未找到 redis-server。请安装 Redis，或设置 REDIS_URL 指向已有的 Redis：',
        '  Debian/Ubuntu: sudo apt-get install -y redis-server    macOS: brew install redis',
        'redis-server was not found. Install Redis (commands above) or set REDIS_URL to an existing Redis.',
      ].join('\n'),
    )
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const child = spawn(
    bin,
    [
      '--port', String(port),
      '--bind', '127.0.0.1',
      '--dir', path.resolve(dataDir),
      '--appendonly', 'yes',
      '--appendfsync', 'everysec',
      '--save', '',
      '--maxmemory-policy', 'noeviction',
      '--protected-mode', 'yes',
      '--loglevel', 'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    if (await pingRedis('127.0.0.1', port, 300)) {
      return {
        url,
        child,
        stop: () =>
          new Promise((resolve) => {
            if (child.exitCode !== null) return resolve()
            child.once('exit', () => resolve())
            child.kill('SIGTERM')
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref()
          }),
      }
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  child.kill('SIGKILL')
  throw new RedisUnavailableError(`redis-server 未能在端口 ${port} 启动 / redis-server did not start on port ${port} (is the port taken? set MATRIXDESK_REDIS_PORT)`)
}
