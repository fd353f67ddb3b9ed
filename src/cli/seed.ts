// `npm run seed` — empties the database and seeds the demo bank again.
import { getPayload } from 'payload'

import { exitOnConfigError, loadEnv } from '../lib/env'
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
  const payload = await getPayload({ config })
  await seedDemo(payload, { reset: true, log: (m) => console.log(m) })
  printLogins(env.publicUrl)
  process.exit(0)
}

main().catch((err) => {
  console.error(`重置失败 / seed failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
