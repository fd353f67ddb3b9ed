// A short Redis lock shared by every web node and worker: SET NX PX to take it, and a compare-and-delete
// so a holder whose lock expired never releases someone else's.
import { randomUUID } from 'node:crypto'

import { queuePrefix, sharedRedis } from '../jobs/connection'

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"

/** Takes `lock:<name>` for `ms`; returns its release function, or null when someone else holds it. */
export async function tryLock(name: string, ms = 15_000): Promise<(() => Promise<void>) | null> {
  const key = `${queuePrefix()}:lock:${name}`
  const token = randomUUID()
  if ((await sharedRedis().set(key, token, 'PX', ms, 'NX')) !== 'OK') return null
  return async () => {
    await sharedRedis().eval(RELEASE, 1, key, token)
  }
}
