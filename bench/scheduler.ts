// npm run bench:scheduler — 10,000 publications due within one minute across 200 linked accounts on the
// local WeChat/WeCom server, published by 2 real worker processes. Prints a final JSON line:
// {scheduled, published, duplicates, lost, driftMsP50, driftMsP99, perSecond}
//   drift = when a worker claimed the row (right before its creating request) − planned time
//   duplicates = creating requests the server received beyond one per publication;
//   lost = rows not sent when the run ends (planned window + 3 min)
// Uses a throw-away SQLite file, its own queue prefix on REDIS_URL (default redis://127.0.0.1:6379).
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { tsProcessArgs } from '../src/lib/processes'

// Plain `tsx` can exit silently while lexical settles its top-level await (PITFALLS.md): re-run under an
// explicit export condition, as every MatrixDesk process does.
if (!process.execArgv.some((a) => a.startsWith('--conditions'))) {
  process.exit(spawnSync(process.execPath, tsProcessArgs('bench/scheduler.ts', [], false), { stdio: 'inherit' }).status ?? 1)
}

const N = Number(process.env.BENCH_PUBLICATIONS || 10_000)
const ROBOTS = 100
const CORPS = 100
const ROBOT_SHARE = 15 // per robot: under the 20-per-minute limit
const WORKERS = 2

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matrixdesk-bench-'))
Object.assign(process.env, {
  NODE_ENV: 'development',
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  MATRIXDESK_QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}`,
  MEDIA_DIR: path.join(dir, 'media'),
})

// The local WeChat/WeCom server runs in this process. It stands in for a remote platform, which would use none
// of our CPU: it runs at the workers' priority (they lower theirs, see src/worker.ts) so it never outranks them.
os.setPriority(Math.min(19, Number(process.env.MATRIXDESK_WORKER_NICE ?? 10)))

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0

async function main() {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { startFakeWechat } = await import('../tests/helpers/fake-wechat/server')
  const { startProcess } = await import('../tests/helpers/processes')
  const { closeQueues } = await import('../src/jobs/queues')
  const { closeSharedRedis, sharedRedis, queuePrefix } = await import('../src/jobs/connection')
  const payload = await getPayload({ config })
  const fake = await startFakeWechat()
  const say = (m: string) => console.error(`[bench] ${m}`)

  const robotKeys = Array.from({ length: ROBOTS }, (_, i) => `bench-robot-${String(i).padStart(4, '0')}-key`)
  const corps = Array.from({ length: CORPS }, (_, i) => ({ corpId: `wwbench${String(i).padStart(12, '0')}`, corpSecret: `bench-secret-${i}`, name: `bench ${i}`, members: ['zhangwei'] }))
  fake.addAccounts({ robotKeys, corps })

  const content = await payload.create({
    collection: 'contents',
    data: { title: '性能测试', status: 'approved', variants: { group: { enabled: true, text: '锦程银行冬至暖心活动，欢迎到网点领取汤圆。' } } } as never,
    overrideAccess: true,
    context: { contentWorkflow: true },
  })
  const accounts: { id: string; kind: string }[] = []
  for (const key of robotKeys) accounts.push({ id: String((await payload.create({ collection: 'channel-accounts', data: { name: key, kind: 'wecom_robot', secret: key, baseUrl: fake.url } as never, overrideAccess: true })).id), kind: 'wecom_robot' })
  for (const c of corps) accounts.push({ id: String((await payload.create({ collection: 'channel-accounts', data: { name: c.name, kind: 'wecom_groups', identifier: c.corpId, secret: c.corpSecret, senders: 'zhangwei', baseUrl: fake.url } as never, overrideAccess: true })).id), kind: 'wecom_groups' })

  // the plan: robots take ROBOT_SHARE each, the customer-group accounts the rest, spread over one minute
  const plan: string[] = []
  for (let i = 0; i < N; i++) {
    const robotSlots = ROBOTS * ROBOT_SHARE
    plan.push(i < robotSlots ? accounts[i % ROBOTS]!.id : accounts[ROBOTS + (i % CORPS)]!.id)
  }
  const createStart = Date.now()
  const t0 = createStart + Number(process.env.BENCH_LEAD_MS || 300_000)
  say(`scheduling ${N} publications due between +${((t0 - createStart) / 1000).toFixed(0)} s and +${((t0 + 60_000 - createStart) / 1000).toFixed(0)} s…`)
  let next = 0
  await Promise.all(
    // SQLite has one writer: parallel creates only wait on each other (and can time out under load)
    Array.from({ length: process.env.DATABASE_URL?.startsWith('file:') ? 1 : 8 }, async () => {
      while (next < N) {
        const i = next++
        const plannedAt = new Date(t0 + Math.floor((i * 60_000) / N)).toISOString()
        await payload.create({ collection: 'publications', data: { content: content.id, account: plan[(i * 7919) % N], plannedAt } as never, overrideAccess: true, depth: 0 })
      }
    }),
  )
  const scheduleSeconds = (Date.now() - createStart) / 1000
  say(`scheduled in ${scheduleSeconds.toFixed(1)} s (${(N / scheduleSeconds).toFixed(0)}/s)`)
  // the workers start after planning, so planning and sending do not compete for the CPU
  say(`starting ${WORKERS} workers…`)
  const env = { ...process.env, MATRIXDESK_NO_PUSH: '1' }
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => startProcess('src/worker.ts', 'worker-ready', env)))
  if (Date.now() > t0) say('LATE: the first rows were due before the workers were ready (raise BENCH_LEAD_MS)')

  const sentStatuses = ['published', 'task_created', 'awaiting_confirmation', 'done']
  const deadline = t0 + 60_000 + 180_000
  let sent = 0
  while (Date.now() < deadline) {
    sent = (await payload.count({ collection: 'publications', where: { status: { in: sentStatuses } }, overrideAccess: true })).totalDocs
    if (sent >= N) break
    await new Promise((r) => setTimeout(r, 1_000))
  }
  // SIGTERM lets every started publish finish and record its outcome before we count
  await Promise.all(workers.map((w) => w.stop('SIGTERM')))
  for (const [i, w] of workers.entries()) for (const line of w.output().split('\n').filter((l) => l.includes('reconcile:'))) say(`worker ${i}: ${line.trim()}`)
  const rows = (await payload.find({ collection: 'publications', pagination: false, depth: 0, overrideAccess: true, select: { plannedAt: true, claimedAt: true, status: true, createStep: true } })).docs as unknown as { plannedAt: string; claimedAt?: string; status: string; createStep?: string }[]
  const done = rows.filter((r) => sentStatuses.includes(r.status))
  const drift = done.map((r) => new Date(r.claimedAt!).getTime() - new Date(r.plannedAt).getTime()).sort((a, b) => a - b)
  const claims = done.map((r) => new Date(r.claimedAt!).getTime()).sort((a, b) => a - b)
  // where the tail comes from: the planned seconds with the largest drift (stderr only)
  const bySecond = new Map<number, number[]>()
  for (const r of done) {
    const s = Math.floor((new Date(r.plannedAt).getTime() - t0) / 1000)
    bySecond.set(s, [...(bySecond.get(s) ?? []), new Date(r.claimedAt!).getTime() - new Date(r.plannedAt).getTime()])
  }
  const worst = [...bySecond].map(([s, xs]) => ({ s, max: Math.max(...xs), over1s: xs.filter((x) => x > 1_000).length })).sort((a, b) => b.max - a.max).slice(0, 8)
  say(`worst planned seconds (s: max drift ms, rows over 1 s): ${worst.map((w) => `${w.s}: ${w.max}, ${w.over1s}`).join(' | ')}`)
  const posts = fake.state.posts.filter((p) => p.kind === 'robot' || p.kind === 'wecom_group_task').length
  const others = rows.filter((r) => !sentStatuses.includes(r.status)).reduce<Record<string, number>>((m, r) => ({ ...m, [r.status]: (m[r.status] ?? 0) + 1 }), {})
  if (Object.keys(others).length) say(`not sent: ${JSON.stringify(others)}`)
  const result = {
    scheduled: rows.length,
    published: done.length,
    // every robot / group-task publication here is exactly one creating request
    duplicates: Math.max(0, posts - rows.filter((r) => r.createStep).length),
    lost: rows.length - done.length,
    driftMsP50: pct(drift, 50),
    driftMsP99: pct(drift, 99),
    perSecond: claims.length > 1 ? Math.round((claims.length / (claims.at(-1)! - claims[0]!)) * 1000) : 0,
  }

  const keys = await sharedRedis().keys(`${queuePrefix()}:*`)
  for (let i = 0; i < keys.length; i += 500) await sharedRedis().del(...keys.slice(i, i + 500))
  await closeQueues()
  await closeSharedRedis()
  await fake.close()
  await payload.destroy?.()
  fs.rmSync(dir, { recursive: true, force: true })
  console.log(JSON.stringify(result))
  process.exit(0)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
