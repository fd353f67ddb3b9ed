import { DEMO_PASSWORD, demoManagers, demoStaff } from '../seed/demo-people'

/** Prints the demo accounts after a seed. */
export function printLogins(publicUrl: string) {
  const rows = [...demoStaff, demoManagers[0]]
  console.log(`\n演示账号 Demo logins (密码 password: ${DEMO_PASSWORD})  ${publicUrl}/admin`)
  for (const u of rows) console.log(`  ${u.role.padEnd(9)} ${u.email.padEnd(24)} ${u.displayName}`)
  console.log(`  … manager01–manager20@jcbank.demo (20 位客户经理 / 20 customer managers)\n`)
}

