// How our TypeScript processes are started. Always an explicit export condition: on Node 20 a plain
// `node` process that imports lexical can exit silently with code 13 ("unsettled top-level await")
// several runs in ten; with --conditions it does not (PITFALLS.md). Every process goes through here.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from './env'

export function tsProcessArgs(file: string, args: string[] = [], production = process.env.NODE_ENV === 'production'): string[] {
  // MATRIXDESK_NODE_FLAGS: extra node flags for diagnosis, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  const extra = (process.env.MATRIXDESK_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean)
  return [...extra, `--conditions=${production ? 'production' : 'development'}`, '--import', 'tsx', path.resolve(projectRoot, file), ...args]
}

/**
 * Long-running processes keep their memory small when idle: glibc's malloc keeps one arena per thread that
 * ever allocated (libsql, sharp and Node's pool threads), each holding freed memory; two arenas are plenty for
 * a Node process (web, idle after every admin page was rendered: 406 → 359 MB; see also src/server.ts).
 */
export const MEMORY_ENV = { MALLOC_ARENA_MAX: '2' }

export function spawnTs(file: string, args: string[], opts: SpawnOptions & { production?: boolean } = {}): ChildProcess {
  const production = opts.production ?? (opts.env?.NODE_ENV ?? process.env.NODE_ENV) === 'production'
  return spawn(process.execPath, tsProcessArgs(file, args, production), {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    ...opts,
    env: { ...MEMORY_ENV, ...(opts.env ?? process.env) },
  })
}

/** Prefixes every line of a child's output so web, worker and redis logs stay readable side by side. */
export function pipeWithPrefix(child: ChildProcess, prefix: string) {
  const forward = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    if (!stream) return
    let buffered = ''
    stream.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) out.write(`${prefix} ${line}\n`)
    })
    stream.on('end', () => buffered && out.write(`${prefix} ${buffered}\n`))
  }
  forward(child.stdout, process.stdout)
  forward(child.stderr, process.stderr)
}
