// Starts our real processes (worker, web) for tests, the same way `npm start` does.
import type { ChildProcess } from 'node:child_process'

import { spawnTs } from '../../src/lib/processes'

export interface Started {
  child: ChildProcess
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Spawns a TS entry point and resolves once it sends the IPC message `readyType`. */
export function startProcess(file: string, readyType: string, env: Record<string, string | undefined> = {}, timeoutMs = 90_000): Promise<Started> {
  const child = spawnTs(file, [], { env: { ...process.env, ...env } as NodeJS.ProcessEnv })
  let out = ''
  child.stdout?.on('data', (d) => (out += d))
  child.stderr?.on('data', (d) => (out += d))
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<number | null>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode)
      child.once('exit', (code) => resolve(code))
      child.kill(signal)
      setTimeout(() => child.kill('SIGKILL'), 20_000).unref()
    })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${file} did not become ready in ${timeoutMs} ms:\n${out}`))
    }, timeoutMs)
    child.on('message', (m: any) => {
      if (m?.type === readyType) {
        clearTimeout(timer)
        resolve({ child, output: () => out, stop })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${file} exited with ${code} before it was ready:\n${out}`))
    })
  })
}
