// Fails the whole run loudly when a service the tests need is missing — never skips.
import net from 'node:net'

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port })
    s.setTimeout(2_000, () => (s.destroy(), resolve(false)))
    s.once('error', () => resolve(false))
    s.once('connect', () => (s.destroy(), resolve(true)))
  })
}

export default async function globalSetup() {
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
}
