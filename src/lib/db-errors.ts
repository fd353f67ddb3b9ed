// Turns a database connection failure into one line an operator can act on.
import type { DatabaseKind } from './env'

export function describeDbError(err: unknown, kind: DatabaseKind): string {
  const msg = err instanceof Error ? err.message : String(err)
  const code = (err as { code?: string })?.code ?? ''
  const hint =
    kind === 'sqlite'
      ? '检查 .data/ 目录是否可写 / check that .data/ is writable'
      : '检查 DATABASE_URL 的主机、端口、用户名和密码，以及数据库是否已启动 / check host, port, credentials in DATABASE_URL and that the server is running'
  return `✖ 无法连接数据库 Cannot connect to the ${kind} database${code ? ` (${code})` : ''}: ${msg.split('\n')[0]}\n  ${hint}`
}
