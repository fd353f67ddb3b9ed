// Configuration from the environment, validated once at start.
// Every problem names the variable and says what a good value looks like, in Chinese and English,
// so an operator never has to read a stack trace to fix a typo.
import path from 'node:path'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export interface AppEnv {
  root: string
  port: number
  publicUrl: string
  databaseKind: DatabaseKind
  databaseUrl: string
  /** REDIS_URL, or undefined when the start command should launch a private redis-server */
  redisUrl?: string
  payloadSecret: string
  credentialsKey?: string
  /** SQLite's synchronous pragma in WAL mode (SQLITE_SYNCHRONOUS) */
  sqliteSynchronous: 'NORMAL' | 'FULL'
  nodeEnv: string
}

export class ConfigError extends Error {
  constructor(
    public variable: string,
    public zh: string,
    public en: string,
  ) {
    super(`${variable}: ${zh} / ${en}`)
    this.name = 'ConfigError'
  }
}

// Inside Next's server bundle import.meta.dirname is undefined; every process starts in the project root.
export const projectRoot = process.env.MATRIXDESK_ROOT || (import.meta.dirname ? path.resolve(import.meta.dirname, '..', '..') : process.cwd())

const DEV_SECRET = 'matrixdesk-dev-secret-change-me-in-production'

export function parseDatabaseUrl(raw: string | undefined, root = projectRoot): { kind: DatabaseKind; url: string } {
  const value = (raw ?? '').trim()
  if (!value) return { kind: 'sqlite', url: `file:${path.join(root, '.data', 'matrixdesk.db')}` }
  if (value.startsWith('file:')) {
    const file = value.slice('file:'.length)
    if (!file) throw new ConfigError('DATABASE_URL', 'file: 后需要给出 SQLite 文件路径，例如 file:.data/matrixdesk.db', 'file: needs a SQLite file path, e.g. file:.data/matrixdesk.db')
    return { kind: 'sqlite', url: `file:${path.isAbsolute(file) ? file : path.join(root, file)}` }
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      const u = new URL(value)
      if (!u.hostname) throw new Error('no host')
    } catch {
      throw new ConfigError('DATABASE_URL', 'PostgreSQL 连接串格式不正确，例如 postgres://user:pass@127.0.0.1:5432/matrixdesk', 'malformed PostgreSQL URL, e.g. postgres://user:pass@127.0.0.1:5432/matrixdesk')
    }
    return { kind: 'postgres', url: value }
  }
  if (/^mongodb(\+srv)?:\/\//.test(value)) {
    try {
      new URL(value.replace(/^mongodb\+srv/, 'mongodb'))
    } catch {
      throw new ConfigError('DATABASE_URL', 'MongoDB 连接串格式不正确，例如 mongodb://127.0.0.1:27017/matrixdesk', 'malformed MongoDB URL, e.g. mongodb://127.0.0.1:27017/matrixdesk')
    }
    return { kind: 'mongodb', url: value }
  }
  throw new ConfigError(
    'DATABASE_URL',
    '只支持 file:（SQLite）、postgres:// 或 mongodb:// 开头的地址；留空则使用内置 SQLite',
    'must start with file: (SQLite), postgres:// or mongodb://; leave it unset for the embedded SQLite file',
  )
}

export function parseRedisUrl(raw: string | undefined): string | undefined {
  const value = (raw ?? '').trim()
  if (!value) return undefined
  if (!/^rediss?:\/\//.test(value)) {
    throw new ConfigError('REDIS_URL', '必须以 redis:// 或 rediss:// 开头，例如 redis://127.0.0.1:6379', 'must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379')
  }
  try {
    new URL(value)
  } catch {
    throw new ConfigError('REDIS_URL', 'Redis 地址格式不正确', 'malformed Redis URL')
  }
  return value
}

function parsePort(raw: string | undefined): number {
  if (!raw) return 3000
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError('PORT', '端口必须是 1–65535 之间的整数', 'must be an integer between 1 and 65535')
  }
  return n
}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): AppEnv {
  const nodeEnv = source.NODE_ENV || 'development'
  const db = parseDatabaseUrl(source.DATABASE_URL)
  const port = parsePort(source.PORT)
  let payloadSecret = source.PAYLOAD_SECRET?.trim() || ''
  if (!payloadSecret) {
    if (source.MATRIXDESK_STRICT_ENV === '1') {
      throw new ConfigError('PAYLOAD_SECRET', '生产环境必须设置至少32位的随机密钥', 'set a random secret of at least 32 characters in production')
    }
    payloadSecret = DEV_SECRET
  } else if (payloadSecret.length < 16) {
    throw new ConfigError('PAYLOAD_SECRET', '密钥太短，至少16位（建议32位以上随机字符串）', 'too short: at least 16 characters (32+ random characters recommended)')
  }
  const credentialsKey = source.CREDENTIALS_KEY?.trim() || undefined
  if (credentialsKey && !/^[0-9a-fA-F]{64}$/.test(credentialsKey) && Buffer.from(credentialsKey, 'base64').length !== 32) {
    throw new ConfigError('CREDENTIALS_KEY', '必须是32字节密钥（64位十六进制或 base64）', 'must be a 32-byte key (64 hex characters or base64)')
  }
  const sqliteSynchronous = (source.SQLITE_SYNCHRONOUS?.trim().toUpperCase() || 'NORMAL') as AppEnv['sqliteSynchronous']
  if (!['NORMAL', 'FULL'].includes(sqliteSynchronous)) {
    throw new ConfigError('SQLITE_SYNCHRONOUS', '只能是 NORMAL 或 FULL', 'must be NORMAL or FULL')
  }
  const publicUrl = (source.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/$/, '')
  try {
    new URL(publicUrl)
  } catch {
    throw new ConfigError('PUBLIC_URL', '必须是完整网址，例如 https://matrix.example-bank.cn', 'must be a full URL, e.g. https://matrix.example-bank.cn')
  }
  return {
    root: projectRoot,
    port,
    publicUrl,
    databaseKind: db.kind,
    databaseUrl: db.url,
    redisUrl: parseRedisUrl(source.REDIS_URL),
    payloadSecret,
    credentialsKey,
    sqliteSynchronous,
    nodeEnv,
  }
}

/** Print a ConfigError as one clear line and exit non-zero; anything else is re-thrown. */
export function exitOnConfigError(err: unknown): never {
  if (err instanceof ConfigError) {
    console.error(`\n✖ 配置错误 Configuration error — ${err.variable}\n  ${err.zh}\n  ${err.en}\n`)
    process.exit(2)
  }
  throw err
}
