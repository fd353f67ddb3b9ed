/** The poster CLI renders a file, and names the bad slot when the data is invalid. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS } from './fixtures.js'

const dir = mkdtempSync(join(tmpdir(), 'poster-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/poster.ts', ...args], { encoding: 'utf8', timeout: 60_000 })
}

describe('poster CLI', () => {
  it('renders a JPEG from slots.json', () => {
    const data = join(dir, 'ok.json')
    writeFileSync(data, JSON.stringify({ slots: SAMPLE_SLOTS['hot-topic'], personal: SAMPLE_PERSONAL }))
    const out = join(dir, 'ok.jpg')
    const r = run(['--template', 'hot-topic', '--data', data, '--out', out])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(readFileSync(out).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  })
  it('fails with the bad slot named', () => {
    const data = join(dir, 'bad.json')
    writeFileSync(data, JSON.stringify({ ...SAMPLE_SLOTS['hot-topic'], headline: '', image: 'http://x.example/a.png' }))
    const r = run(['--template', 'hot-topic', '--data', data, '--out', join(dir, 'bad.jpg')])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('headline')
    expect(r.stderr).toContain('image')
    expect(r.stderr).toContain('主标题不能为空')
    expect(r.stderr).not.toMatch(/\n\s+at /)
  })
})
