// The client's address behind our own reverse proxies, as Express computes req.ip with
// `trust proxy = loopback, uniquelocal`: walk from the socket outwards through X-Forwarded-For and stop
// at the first address that is not one of ours. Used where a hot path answers before Express.
import type { IncomingMessage } from 'node:http'

const strip = (addr: string) => (addr.startsWith('::ffff:') && addr.includes('.') ? addr.slice(7) : addr)

/** loopback (127.0.0.0/8, ::1) or unique-local (10/8, 172.16/12, 192.168/16, fc00::/7) */
export function isTrustedProxy(raw: string): boolean {
  const addr = strip(raw.trim())
  if (addr === '::1') return true
  const v4 = addr.match(/^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/)
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])]
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)
  }
  return /^f[cd][0-9a-f]{0,2}:/i.test(addr)
}

export function clientIp(req: IncomingMessage): string {
  let addr = strip(req.socket.remoteAddress ?? '')
  const forwarded = req.headers['x-forwarded-for']
  if (!forwarded || !isTrustedProxy(addr)) return addr
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',').map((s) => s.trim()).filter(Boolean).reverse()
  for (const hop of hops) {
    addr = strip(hop)
    if (!isTrustedProxy(addr)) return addr
  }
  return addr
}
