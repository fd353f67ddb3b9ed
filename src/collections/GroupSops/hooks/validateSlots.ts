// Every slot needs a valid Beijing time.
import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { TIME_PATTERN } from '../../../lib/community/sop-time'

export const validateSlots: CollectionBeforeValidateHook = ({ data }) => {
  const problems = (data?.slots ?? [])
    .map((s: Record<string, unknown>, i: number) => (TIME_PATTERN.test(String(s.time ?? '')) ? null : `第${i + 1}个时段的时间须为 HH:mm，例如 09:30 / slot ${i + 1}: time must be HH:mm`))
    .filter(Boolean)
  if (problems.length) throw new APIError(problems.join('；'), 400, undefined, true)
  return data
}
