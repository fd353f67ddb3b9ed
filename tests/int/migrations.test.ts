// The committed migrations are what a production start applies: they must exist, apply to an empty
// database, and match the collections exactly (no drift), on the adapter this project runs.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/lib/env'
import { tsProcessArgs } from '../../src/lib/processes'

const adapter = process.env.MATRIXDESK_TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
const testDir = process.env.MATRIXDESK_TEST_DIR!

describe(`migrations (${adapter})`, () => {
  it('have no drift from the collections', () => {
    const copy = path.join(testDir, 'migrations')
    fs.cpSync(path.join(projectRoot, 'src', 'migrations'), copy, { recursive: true })
    const before = fs.readdirSync(path.join(copy, adapter))
    const r = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'payload', 'bin.js'), 'migrate:create', 'drift', '--skip-empty'], {
      cwd: projectRoot,
      env: { ...process.env, MATRIXDESK_MIGRATIONS_DIR: copy, MATRIXDESK_NO_PUSH: '1', NODE_ENV: 'development' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(r.status, r.stderr).toBe(0)
    const added = fs.readdirSync(path.join(copy, adapter)).filter((f) => !before.includes(f))
    expect(added, 'the schema changed: run `npm run migrate:create` and commit src/migrations').toEqual([])
  })

  it('apply on a production start and the demo bank seeds on top', () => {
    const r = spawnSync(process.execPath, tsProcessArgs('src/cli/prepare.ts', [], true), {
      cwd: projectRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
      timeout: 180_000,
    })
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0)
    expect(r.stdout).toMatch(/admin@jcbank\.demo/)
  })
})
