// Who may read and change users and branches — through the Local API (overrideAccess: false) and REST.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../src/seed/demo-people'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let rest: RestServer

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  rest = await startRestServer()
})
afterAll(async () => {
  await rest?.close()
})

const asUser = (user: unknown) => ({ overrideAccess: false as const, user: user as any })

describe('users via the Local API', () => {
  it('an admin reads every user; a manager reads only colleagues of their own branch', async () => {
    const all = await payload.find({ collection: 'users', limit: 100, ...asUser(org.admin) })
    expect(all.totalDocs).toBe(23)
    const mine = await payload.find({ collection: 'users', limit: 100, depth: 0, ...asUser(org.manager) })
    expect(mine.totalDocs).toBe(5)
    expect(new Set(mine.docs.map((u: any) => u.branch))).toEqual(new Set([org.manager.branch]))
  })

  it('only an admin creates users', async () => {
    const data = { email: 'new@jcbank.demo', password: 'Secret#2026', displayName: '新同事', role: 'manager' as const }
    await expect(payload.create({ collection: 'users', data, ...asUser(org.editor) })).rejects.toThrow()
    await expect(payload.create({ collection: 'users', data, ...asUser(org.manager) })).rejects.toThrow()
    const created = await payload.create({ collection: 'users', data, ...asUser(org.admin) })
    expect(created.role).toBe('manager')
    await payload.delete({ collection: 'users', id: created.id, overrideAccess: true })
  })

  it('a manager edits their own profile but cannot raise their role or move branch', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: org.manager.id,
      data: { title: '资深理财经理', role: 'admin', branch: org.branchByCode.get('0001') } as any,
      ...asUser(org.manager),
    })
    expect(updated.title).toBe('资深理财经理')
    const fresh: any = await payload.findByID({ collection: 'users', id: org.manager.id, depth: 0, overrideAccess: true })
    expect(fresh.role).toBe('manager')
    expect(fresh.branch).toBe(org.manager.branch)
  })

  it('a manager cannot edit another user', async () => {
    await expect(
      payload.update({ collection: 'users', id: org.otherManager.id, data: { title: 'x' }, ...asUser(org.manager) }),
    ).rejects.toThrow()
  })

  it('not even an admin changes their own role', async () => {
    await expect(
      payload.update({ collection: 'users', id: org.admin.id, data: { role: 'editor' } as any, ...asUser(org.admin) }),
    ).rejects.toThrow(/不能修改自己的角色/)
  })

  it('rejects a malformed phone number with a bilingual message', async () => {
    const err: any = await payload
      .update({ collection: 'users', id: org.manager.id, data: { phone: '12345' }, ...asUser(org.manager) })
      .catch((e) => e)
    expect(err.data.errors[0]).toMatchObject({ path: 'phone' })
    expect(err.data.errors[0].message).toMatch(/11位手机号.*11-digit/)
  })
})

describe('branches via the Local API', () => {
  it('a manager reads their own branch and those above it, nothing else', async () => {
    const res = await payload.find({ collection: 'branches', limit: 100, depth: 0, ...asUser(org.manager) })
    expect(res.docs.map((b: any) => b.code).sort()).toEqual(['0001', '1100', '1101'])
  })

  it('only admins change the tree, and the tree refuses cycles', async () => {
    const head = org.branchByCode.get('0001')!
    const sub = org.branchByCode.get('1101')!
    await expect(payload.update({ collection: 'branches', id: sub, data: { name: 'x' }, ...asUser(org.editor) })).rejects.toThrow()
    await expect(
      payload.update({ collection: 'branches', id: head, data: { parent: sub }, ...asUser(org.admin) }),
    ).rejects.toThrow(/下级/)
  })
})

describe('REST', () => {
  it('refuses anonymous reads of users and branches', async () => {
    expect((await rest.call('GET', '/api/users')).status).toBe(403)
    expect((await rest.call('GET', '/api/branches')).status).toBe(403)
  })

  it('scopes a manager to their branch and refuses them user creation', async () => {
    const token = await rest.login('manager01@jcbank.demo', DEMO_PASSWORD)
    const list = await rest.call('GET', '/api/users?limit=100&depth=0', { token })
    expect(list.status).toBe(200)
    expect(list.json.totalDocs).toBe(5)
    const create = await rest.call('POST', '/api/users', {
      token,
      body: { email: 'x@jcbank.demo', password: 'Secret#2026', displayName: 'x', role: 'admin' },
    })
    expect(create.status).toBe(403)
  })

  it('ignores a role change a manager sends for themself', async () => {
    const token = await rest.login('manager02@jcbank.demo', DEMO_PASSWORD)
    const me = org.user('manager02@jcbank.demo')
    const r = await rest.call('PATCH', `/api/users/${me.id}`, { token, body: { role: 'admin' } })
    expect(r.status).toBe(200)
    expect(r.json.doc.role).toBe('manager')
  })

  it('lets an admin create a user', async () => {
    const token = await rest.login('admin@jcbank.demo', DEMO_PASSWORD)
    const r = await rest.call('POST', '/api/users', {
      token,
      body: { email: 'rest-new@jcbank.demo', password: 'Secret#2026', displayName: '接口新建', role: 'editor' },
    })
    expect(r.status).toBe(201)
    expect(r.json.doc.role).toBe('editor')
  })

  it('locks an account after five failed logins', async () => {
    const email = 'manager20@jcbank.demo'
    for (let i = 0; i < 5; i++) {
      const r = await rest.call('POST', '/api/users/login', { body: { email, password: 'wrong-password' } })
      expect(r.status).toBe(401)
    }
    const locked = await rest.call('POST', '/api/users/login', { body: { email, password: DEMO_PASSWORD } })
    expect(locked.status).not.toBe(200)
    expect(JSON.stringify(locked.json)).toMatch(/lock|锁/i)
  })
})
