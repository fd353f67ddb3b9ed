/**
 * Tracking redirect benchmark. Drives GET /t/:code on loopback for 30 s (BENCH_SECONDS) with autocannon
 * against the real Express tracking router in its own process, while a real worker process (src/worker.ts)
 * writes the Redis stream to a fresh SQLite database in batches; then waits for the writer to drain.
 * Prints progress, then one final JSON line:
 * {requestsPerSecond, p50Ms, p99Ms, eventsSent, eventsRecorded, drainSeconds, ingestPerSecond,
 *  webCpuMsPerRedirect, workerCpuMsPerEvent}
 * Needs Redis (REDIS_URL, default redis://127.0.0.1:6379).
 */
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

const serveMode = process.argv.includes('--serve')

if (!serveMode) {
  // a private database and Redis prefix, set before anything reads the environment
  const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-bench-tracking-'))
  process.env.DATABASE_URL = `file:${join(dir, 'bench.db')}`
  process.env.MATRIXDESK_QUEUE_PREFIX = `bench-${randomUUID().slice(0, 8)}`
  process.env.REDIS_URL ||= 'redis://127.0.0.1:6379'
  process.env.MATRIXDESK_BENCH_DIR = dir
}

const seconds = Number(process.env.BENCH_SECONDS || 30)
const log = (m: string) => process.stderr.write(`[bench:tracking] ${m}\n`)

/** Child mode: the web process's HTTP server with the tracking fast path and Express behind it (no Next, no Payload). */
async function serve() {
  const { default: express } = await import('express')
  const { loadEnv } = await import('../src/lib/env')
  const { createWebServer, trackingRouter } = await import('../src/routes/tracking')
  const env = loadEnv()
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback, uniquelocal')
  app.use(trackingRouter(env))
  const server = createWebServer(env, app)
  server.listen(0, '127.0.0.1', () => process.send?.({ type: 'bench-web-ready', port: (server.address() as AddressInfo).port }))
}

const USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003131) NetType/WIFI Language/zh_CN',
  'Mozilla/5.0 (Linux; Android 14; V2309A Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.120 Mobile Safari/537.36 XWEB/1220133 MMWEBSDK/20240301 MicroMessenger/8.0.48.2580(0x28003036) WeChat/arm64 Weixin NetType/5G Language/zh_CN',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
]

async function main() {
  const { getPayload } = await import('payload')
  // autocannon ships no type declarations
  const autocannonModule = 'autocannon'
  const { default: autocannon } = (await import(autocannonModule)) as { default: (opts: object) => Promise<any> }
  const { default: config } = await import('../payload.config')
  const { seedOrganisation } = await import('../src/seed/organisation')
  const { ensureTrackingLink } = await import('../src/lib/tracking/links')
  const { startProcess } = await import('../tests/helpers/processes')
  const { spawnTs } = await import('../src/lib/processes')
  const { closeSharedRedis, sharedRedis } = await import('../src/jobs/connection')
  const { trackingKeys } = await import('../src/lib/tracking/redis')

  const payload = await getPayload({ config })
  await seedOrganisation(payload)
  const managers = (await payload.find({ collection: 'users', where: { role: { equals: 'manager' } }, limit: 100, depth: 0, overrideAccess: true })).docs
  const codes: string[] = []
  for (let i = 0; i < 200; i++) {
    const m = managers[i % managers.length]
    codes.push(
      (await ensureTrackingLink(payload, { campaign: 'bench', manager: String(m.id), channel: i % 2 ? 'poster' : 'wecom_groups', poster: `bench-${i}` })).code,
    )
  }
  log(`${codes.length} links created and cached; starting the worker and the web router`)

  const worker = await startProcess('src/worker.ts', 'worker-ready')
  const web = spawnTs('bench/tracking.ts', ['--serve'], { env: process.env })
  const port = await new Promise<number>((resolve, reject) => {
    web.once('exit', (code) => reject(new Error(`bench web server exited with ${code}`)))
    web.on('message', (m: any) => m?.type === 'bench-web-ready' && resolve(m.port))
  })
  const url = `http://127.0.0.1:${port}`
  log(`redirecting on ${url} for ${seconds} s`)

  // CPU seconds each process spent (from /proc): on a shared machine this, not the wall clock, says
  // what one redirect and one recorded event cost
  const cpuSeconds = (pid: number) => {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(f[11]) + Number(f[12])) / 100
  }
  const webCpu0 = cpuSeconds(web.pid!)
  const workerCpu0 = cpuSeconds(worker.child.pid!)
  let n = 0
  const result = await autocannon({
    url,
    connections: 32,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        // many phones: a different code, client address and browser per request
        setupRequest: (req: any) => {
          n++
          return {
            ...req,
            path: `/t/${codes[n % codes.length]}`,
            headers: { 'user-agent': USER_AGENTS[n % USER_AGENTS.length], 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
          }
        },
      },
    ],
  })
  // every redirect appended one stream entry before answering; Redis counts them (autocannon stops
  // counting responses still in flight when the time is up, so it undercounts slightly)
  const added = async () => {
    const info = (await sharedRedis().xinfo('STREAM', trackingKeys.stream())) as unknown[]
    return Number(info[info.indexOf('entries-added') + 1])
  }
  log(
    `load done: ${result.requests.average} req/s, ${result['3xx']} redirects counted by autocannon, ${result.non2xx - result['3xx']} other non-2xx, ${result.errors} errors`,
  )

  // the writer keeps going after the load stops: wait until it has caught up (or clearly stalls)
  const count = async () => (await payload.count({ collection: 'scan-events', overrideAccess: true })).totalDocs
  const drainStart = Date.now()
  let recorded = await count()
  let eventsSent = await added()
  let last = { n: recorded, at: Date.now() }
  while (recorded < eventsSent && Date.now() - last.at < 30_000) {
    await new Promise((r) => setTimeout(r, 500))
    recorded = await count()
    eventsSent = await added()
    if (recorded > last.n) last = { n: recorded, at: Date.now() }
  }
  const drainSeconds = (Date.now() - drainStart) / 1000
  const webCpuMsPerRedirect = ((cpuSeconds(web.pid!) - webCpu0) * 1000) / eventsSent
  const workerCpuMsPerEvent = ((cpuSeconds(worker.child.pid!) - workerCpu0) * 1000) / Math.max(recorded, 1)
  log(
    `CPU: web ${webCpuMsPerRedirect.toFixed(3)} ms per redirect, worker ${workerCpuMsPerEvent.toFixed(3)} ms per recorded event; load average ${loadavg()[0].toFixed(1)}`,
  )
  log(`recorded ${recorded} of ${eventsSent} events; drained ${drainSeconds.toFixed(1)} s after the load stopped`)

  web.kill('SIGTERM')
  await worker.stop()
  // the bench's keys (link cache, stream, anti-fraud counters, queues) live under its own prefix
  let cursor = '0'
  do {
    const [next, keys] = await sharedRedis().scan(cursor, 'MATCH', `${process.env.MATRIXDESK_QUEUE_PREFIX}:*`, 'COUNT', 1000)
    if (keys.length) await sharedRedis().del(...keys)
    cursor = next
  } while (cursor !== '0')
  await closeSharedRedis()
  await payload.destroy?.()
  rmSync(process.env.MATRIXDESK_BENCH_DIR!, { recursive: true, force: true })
  console.log(
    JSON.stringify({
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      eventsSent,
      eventsRecorded: recorded,
      drainSeconds: Number(drainSeconds.toFixed(1)),
      ingestPerSecond: Math.round(recorded / (seconds + drainSeconds)),
      webCpuMsPerRedirect: Number(webCpuMsPerRedirect.toFixed(3)),
      workerCpuMsPerEvent: Number(workerCpuMsPerEvent.toFixed(3)),
    }),
  )
  process.exit(recorded === eventsSent ? 0 : 1)
}

if (serveMode) void serve()
else void main()
