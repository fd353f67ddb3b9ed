// The test file's own Payload instance (Local API) on its throw-away database.
import { getPayload, type Payload } from 'payload'

import { seedOrganisation } from '../../src/seed/organisation'

let instance: Promise<Payload> | undefined

export function testPayload(): Promise<Payload> {
  instance ??= (async () => {
    const { default: config } = await import('../../payload.config')
    const payload = await getPayload({ config })
    // setup-env closes it after the file, before a PostgreSQL test database is dropped
    ;(globalThis as any).__matrixdeskTestPayload = payload
    return payload
  })()
  return instance
}

export type TestUser = { id: string; role: string; branch?: string | null; email: string; collection: 'users' }

/** Seeds the demo organisation and returns users by email, ready to pass as `user` with overrideAccess: false. */
export async function withDemoOrganisation(payload: Payload) {
  await seedOrganisation(payload)
  const users = await payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: true })
  const byEmail = new Map<string, TestUser>()
  for (const u of users.docs as any[]) byEmail.set(u.email, { ...u, collection: 'users' })
  const branches = await payload.find({ collection: 'branches', limit: 100, depth: 0, overrideAccess: true })
  const branchByCode = new Map<string, string>((branches.docs as any[]).map((b) => [b.code, String(b.id)]))
  const user = (email: string) => {
    const u = byEmail.get(email)
    if (!u) throw new Error(`no demo user ${email}`)
    return u
  }
  return {
    admin: user('admin@jcbank.demo'),
    editor: user('editor@jcbank.demo'),
    reviewer: user('reviewer@jcbank.demo'),
    manager: user('manager01@jcbank.demo'),
    /** manager06 works at another sub-branch (徐汇) than manager01 (陆家嘴) */
    otherManager: user('manager06@jcbank.demo'),
    user,
    branchByCode,
  }
}
