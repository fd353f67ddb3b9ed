// Bad configuration gives one clear, bilingual message and a non-zero exit — never a stack trace.
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

import { ConfigError, loadEnv, parseDatabaseUrl } from '../../src/lib/env'
import { tsProcessArgs } from '../../src/lib/processes'

function runStart(env: Record<string, string>) {
  const r = spawnSync(process.execPath, tsProcessArgs('src/cli/start.ts'), {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME!, ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: r.status, out: `${r.stdout}${r.stderr}` }
}

describe('configuration', () => {
  it('defaults to an SQLite file under .data/', () => {
    const db = parseDatabaseUrl(undefined, '/srv/md')
    expect(db).toEqual({ kind: 'sqlite', url: 'file:/srv/md/.data/matrixdesk.db' })
    expect(parseDatabaseUrl('postgres://u:p@db:5432/x').kind).toBe('postgres')
    expect(parseDatabaseUrl('mongodb://db:27017/x').kind).toBe('mongodb')
  })

  it('names the bad variable in Chinese and English', () => {
    const err = (() => {
      try {
        loadEnv({ DATABASE_URL: 'mysql://x' } as any)
      } catch (e) {
        return e
      }
    })() as ConfigError
    expect(err).toBeInstanceOf(ConfigError)
    expect(err.variable).toBe('DATABASE_URL')
    expect(err.zh).toMatch(/SQLite/)
    expect(err.en).toMatch(/postgres/)
    expect(() => loadEnv({ PORT: 'abc' } as any)).toThrow(/PORT/)
    expect(() => loadEnv({ REDIS_URL: 'localhost:6379' } as any)).toThrow(/REDIS_URL/)
    expect(() => loadEnv({ SQLITE_SYNCHRONOUS: 'OFF' } as any)).toThrow(/SQLITE_SYNCHRONOUS/)
    expect(loadEnv({} as any).sqliteSynchronous).toBe('NORMAL')
    expect(loadEnv({ SQLITE_SYNCHRONOUS: 'full' } as any).sqliteSynchronous).toBe('FULL')
  })

  it('start exits non-zero with one clear line for a malformed DATABASE_URL', () => {
    const r = runStart({ DATABASE_URL: 'mysql://root@localhost/x' })
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/配置错误 Configuration error — DATABASE_URL/)
    expect(r.out).not.toMatch(/\n\s+at .*\(/) // no stack frames
  })

  it('start exits non-zero with a clear message when the database is unreachable', () => {
    const r = runStart({ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/matrixdesk', REDIS_URL: process.env.REDIS_URL! })
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/无法连接数据库.*127\.0\.0\.1:1/)
    expect(r.out).not.toMatch(/\n\s+at .*\(/)
  })

  it('start exits non-zero with a clear message when REDIS_URL is unreachable', () => {
    const r = runStart({ REDIS_URL: 'redis://127.0.0.1:1' })
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/无法连接 Redis/)
    expect(r.out).toMatch(/Cannot reach Redis/)
  })

  it('start explains how to install Redis when there is no redis-server and no REDIS_URL', () => {
    const r = runStart({ PATH: '/nonexistent-bin-dir', MATRIXDESK_REDIS_PORT: '1' })
    expect(r.code).toBe(2)
    expect(r.out).toMatch(/apt-get install -y redis-server/)
  })
})
