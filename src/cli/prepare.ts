// One-shot step of `npm start`, before web and worker: boot Payload once (a production boot applies the
// committed migrations), seed the demo bank when the database is empty, print the demo logins, exit.
// Running this alone first means web and worker never race to migrate the same database.
import { getPayload } from 'payload'

import { exitOnConfigError, loadEnv } from '../lib/env'
import { describeDbError } from '../lib/db-errors'
import { seedDemo } from '../seed'
import { printLogins } from './prepare-logins'

async function main() {
  let env
  try {
    env = loadEnv()
  } catch (err) {
    exitOnConfigError(err)
  }
  const { default: config } = await import('../../payload.config')
  let payload
  try {
    payload = await getPayload({ config })
  } catch (err) {
    console.error(describeDbError(err, env.databaseKind))
    process.exit(3)
  }
  const users = await payload.count({ collection: 'users', overrideAccess: true })
  if (users.totalDocs === 0 || process.argv.includes('--seed')) {
    console.log('首次启动：正在写入演示银行数据… / First start: seeding the demo bank…')
    await seedDemo(payload, { log: (m) => console.log(m) })
    printLogins(env.publicUrl)
  }
  await payload.destroy?.().catch(() => undefined)
  process.exit(0)
}

main().catch((err) => {
  console.error(`准备失败 / prepare failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
