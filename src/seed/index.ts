// Seeds the demo bank, idempotently: every step looks before it writes, so a restart changes nothing,
// and `npm run seed` (reset) empties every collection first.
import type { Payload } from 'payload'

import { seedContentStudio } from './content'
import { seedCommunity } from './community'
import { seedOrganisation } from './organisation'
import { seedPosters } from './posters'
import { seedPublishing } from './publishing'
import { seedTracking } from './tracking'

export interface SeedStep {
  name: string
  run: (payload: Payload) => Promise<void>
}

/** Steps run in order; later capabilities append theirs (content, posters, accounts, activities…). */
export const seedSteps: SeedStep[] = [
  { name: 'organisation', run: seedOrganisation },
  { name: 'content studio', run: seedContentStudio },
  { name: 'posters', run: seedPosters },
  { name: 'tracking', run: seedTracking },
  { name: 'publishing', run: seedPublishing },
  { name: 'community', run: seedCommunity },
]

export async function seedDemo(payload: Payload, opts: { reset?: boolean; log?: (m: string) => void } = {}) {
  const say = opts.log ?? (() => undefined)
  if (opts.reset) {
    for (const collection of payload.config.collections) {
      const slug = collection.slug
      if (slug.startsWith('payload-')) continue
      await payload.delete({ collection: slug as never, where: { id: { exists: true } }, overrideAccess: true })
    }
    say('已清空演示数据 / demo data cleared')
  }
  for (const step of seedSteps) {
    await step.run(payload)
    say(`✓ seed: ${step.name}`)
  }
}
