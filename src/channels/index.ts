/** Registry: one adapter per channel kind, plus the public helpers other modules use. */
import { channelsVideo } from './channels-video.js'
import { BadRequestError } from './errors.js'
import { officialAccountService, officialAccountSubscription } from './official-account.js'
import { personalMoments } from './personal-moments.js'
import type { ChannelAdapter, ChannelKind } from './types.js'
import { wecomCustomerGroups } from './wecom-customer-groups.js'
import { wecomMoments } from './wecom-moments.js'
import { wecomRobot } from './wecom-robot.js'

const ADAPTERS: Record<ChannelKind, ChannelAdapter> = {
  oa_subscription: officialAccountSubscription,
  oa_service: officialAccountService,
  wecom_robot: wecomRobot,
  wecom_groups: wecomCustomerGroups,
  wecom_moments: wecomMoments,
  channels_video: channelsVideo,
  personal_moments: personalMoments,
}

export function getAdapter(kind: ChannelKind | string): ChannelAdapter {
  const a = (ADAPTERS as Record<string, ChannelAdapter | undefined>)[kind]
  if (!a) throw new BadRequestError({ zh: `未知的渠道类型：${kind}`, en: `Unknown channel kind: ${kind}`, step: 'registry' })
  return a
}

export function listAdapters(): ChannelAdapter[] {
  return Object.values(ADAPTERS)
}

export * from './types.js'
export * from './errors.js'
export { InMemoryTokenStore, tokenProvider } from './token.js'
export { redactUrl, WEIXIN_ORIGIN, QYAPI_ORIGIN } from './http.js'
export { clientMsgIdFor, sniffImage } from './media.js'
export { checkPayload, assertPayload, type LimitIssue } from './validate.js'
export { createRateLimiter, shanghaiPeriod, type RateLimiter, type RateDecision, type RateTicket } from './rate-limit.js'
export { buildManualKit, formatTopics } from './manual-kit.js'
export { buildRobotMessages } from './wecom-robot.js'
