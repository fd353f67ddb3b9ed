// Runs in every integration test file before anything imports payload.config:
// a throw-away database (SQLite file, or a fresh PostgreSQL database when the postgres project runs),
// a fresh BullMQ prefix on the real Redis, and a private media folder.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll } from 'vitest'

const id = randomUUID().slice(0, 8)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), `matrixdesk-test-${id}-`))

Object.assign(process.env, { NODE_ENV: 'test' })
process.env.REDIS_URL ||= 'redis://127.0.0.1:6379'
process.env.MATRIXDESK_QUEUE_PREFIX = `test-${id}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.MATRIXDESK_TEST_DIR = dir
process.env.PAYLOAD_SECRET ||= 'matrixdesk-test-secret-0123456789'
process.env.CREDENTIALS_KEY ||= '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

if (process.env.MATRIXDESK_TEST_DB === 'postgres') {
  const base = process.env.TEST_POSTGRES_URL
  if (!base) throw new Error('TEST_POSTGRES_URL must be set for the postgres test project')
  // named after the run so the global teardown drops exactly this run's databases
  const name = `matrixdesk_t_${process.env.MATRIXDESK_TEST_RUN ?? 'x'}_${id}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
}

afterAll(async () => {
  const payload = (globalThis as any).__matrixdeskTestPayload
  if (payload) await payload.destroy().catch(() => undefined)
  fs.rmSync(dir, { recursive: true, force: true })
})
