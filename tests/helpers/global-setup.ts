// Fails the whole run loudly when a service the tests need is missing — never skips.
import { randomUUID } from 'node:crypto'
import net from 'node:net'
import pg from 'pg'

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port })
    s.setTimeout(2_000, () => (s.destroy(), resolve(false)))
    s.once('error', () => resolve(false))
    s.once('connect', () => (s.destroy(), resolve(true)))
  })
}

export default async function globalSetup() {
  // test files inherit this; their PostgreSQL databases carry it so teardown drops only this run's
  const run = randomUUID().slice(0, 8)
  process.env.MATRIXDESK_TEST_RUN = run
  const redis = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379')
  if (!(await reachable(redis.hostname, Number(redis.port || 6379)))) {
    throw new Error(
      `Redis is not reachable at ${redis.host}. The tests need a real Redis: start redis-server (apt-get install -y redis-server) or set REDIS_URL.`,
    )
  }
  if (process.env.TEST_POSTGRES_URL) {
    const pgUrl = new URL(process.env.TEST_POSTGRES_URL)
    if (!(await reachable(pgUrl.hostname, Number(pgUrl.port || 5432)))) {
      throw new Error(`TEST_POSTGRES_URL is set but PostgreSQL is not reachable at ${pgUrl.host}`)
    }
  }
  return async function teardown() {
    if (!process.env.TEST_POSTGRES_URL) return
    const c = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await c.connect()
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`matrixdesk_t_${run}_%`])
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`)
    await c.end()
  }
}
