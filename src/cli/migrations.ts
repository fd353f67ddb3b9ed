// `npm run migrate:create` — regenerates the committed baseline migrations of both SQL adapters from the
// current collections. Before the first production deployment there is exactly one baseline per adapter;
// after it, change this script to append (`payload migrate:create <name>`) instead of regenerating.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../lib/env'

const placeholder =
  "export const migrations: { name: string; up: (args: any) => Promise<void>; down: (args: any) => Promise<void> }[] = []\n"

function regenerate(adapter: 'sqlite' | 'postgres', databaseUrl: string) {
  const dir = path.join(projectRoot, 'src', 'migrations', adapter)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.ts'), placeholder)
  const r = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'payload', 'bin.js'), 'migrate:create', 'baseline', '--skip-empty'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', MATRIXDESK_NO_PUSH: '1' },
  })
  if (r.status !== 0) throw new Error(`migrate:create failed for ${adapter}`)
  console.log(`✓ ${adapter} baseline written to ${path.relative(projectRoot, dir)}`)
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'matrixdesk-migrate-'))
regenerate('sqlite', `file:${path.join(tmp, 'empty.db')}`)
regenerate('postgres', process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres')
fs.rmSync(tmp, { recursive: true, force: true })
