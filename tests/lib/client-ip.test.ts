// The redirect answers before Express, so it computes the client address itself — the same way Express
// does with `trust proxy = loopback, uniquelocal`.
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'

import { clientIp, isTrustedProxy } from '../../src/lib/client-ip'

const req = (remote: string, xff?: string) => ({ socket: { remoteAddress: remote }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as unknown as IncomingMessage

describe('clientIp', () => {
  it('trusts loopback and unique-local hops only', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', 'fd00::1', 'fc12::9']) expect(isTrustedProxy(a)).toBe(true)
    for (const a of ['8.8.8.8', '172.32.0.1', '172.15.0.1', '192.169.0.1', '2001:db8::1', '::ffff:8.8.8.8']) expect(isTrustedProxy(a)).toBe(false)
  })

  it('takes the first untrusted hop walking out from the socket, as Express does', () => {
    expect(clientIp(req('203.0.113.9'))).toBe('203.0.113.9')
    // a direct client cannot claim another address
    expect(clientIp(req('203.0.113.9', '1.2.3.4'))).toBe('203.0.113.9')
    // our nginx on loopback forwards the phone's address
    expect(clientIp(req('127.0.0.1', '198.51.100.7'))).toBe('198.51.100.7')
    // a spoofed left-most entry is ignored: the right-most untrusted hop wins
    expect(clientIp(req('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.5'))).toBe('198.51.100.7')
    // only trusted hops: the farthest one
    expect(clientIp(req('127.0.0.1', '10.0.0.1'))).toBe('10.0.0.1')
  })
})
