import type { Payload } from 'payload'

import { DEMO_PASSWORD, demoBranches, demoUsers } from './demo-people'

/** Branch tree and staff. Looks up by branch code and email, so it never duplicates. */
export async function seedOrganisation(payload: Payload): Promise<void> {
  const idByCode = new Map<string, string>()
  for (const b of demoBranches) {
    const found = await payload.find({ collection: 'branches', where: { code: { equals: b.code } }, limit: 1, overrideAccess: true, depth: 0 })
    const existing = found.docs[0]
    const doc =
      existing ??
      (await payload.create({
        collection: 'branches',
        overrideAccess: true,
        data: { name: b.name, code: b.code, level: b.level, city: b.city, parent: b.parent ? idByCode.get(b.parent) : undefined },
      }))
    idByCode.set(b.code, String(doc.id))
  }
  for (const u of demoUsers) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: u.email } }, limit: 1, overrideAccess: true, depth: 0 })
    if (found.docs[0]) continue
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: {
        email: u.email,
        password: DEMO_PASSWORD,
        displayName: u.displayName,
        role: u.role,
        branch: idByCode.get(u.branch),
        title: u.title,
        phone: u.phone,
        employeeNo: u.employeeNo,
      },
    })
  }
}
