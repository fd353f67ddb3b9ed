// Browser tests run against the real product: a production build (built here if missing or stale),
// started by the same `src/cli/start.ts` as `npm start`, on a throw-away SQLite file and a fresh
// queue prefix on the test Redis.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { buildIsStale } from '../../src/cli/build-state'
import { projectRoot } from '../../src/lib/env'
import { tsProcessArgs } from '../../src/lib/processes'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    e2eDir: string
  }
}

let child: ChildProcess | undefined
let dir: string | undefined
let serverOutput: () => string = () => ''

export async function setup(project: TestProject) {
  if (buildIsStale(projectRoot)) {
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: projectRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    if (r.status !== 0) throw new Error('next build failed')
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matrixdesk-e2e-'))
  const port = 3300 + Math.floor(Math.random() * 500)
  const env = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    MATRIXDESK_QUEUE_PREFIX: `e2e-${randomUUID().slice(0, 8)}`,
    // a private local WeChat server whose group tasks wait for the manager (never reuse a demo one on 3900)
    FAKE_WECHAT_PORT: String(port + 1000),
    FAKE_WECOM_CONFIRM_POLLS: '1000000',
  }
  let out = ''
  child = spawn(process.execPath, tsProcessArgs('src/cli/start.ts'), { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const baseUrl = `http://localhost:${port}`
  const deadline = Date.now() + 240_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${out}`)
    try {
      const r = await fetch(`${baseUrl}/healthz`)
      if (r.status === 200 && /worker \d+ ready/.test(out)) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not become healthy:\n${out}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  serverOutput = () => out
  project.provide('baseUrl', baseUrl)
  project.provide('e2eDir', dir)
}

export async function teardown() {
  // the product's own log (web, worker, fake WeChat) is kept for a failed run to be read afterwards
  fs.mkdirSync(path.join(projectRoot, 'tests', 'output'), { recursive: true })
  fs.writeFileSync(path.join(projectRoot, 'tests', 'output', 'e2e-server.log'), serverOutput())
  if (child && child.exitCode === null) {
    await new Promise<void>((resolve) => {
      child!.once('exit', () => resolve())
      child!.kill('SIGTERM')
      setTimeout(() => child!.kill('SIGKILL'), 20_000).unref()
    })
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}
