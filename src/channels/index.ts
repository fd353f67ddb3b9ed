/** Registry: one adapter per channel kind, plus the public helpers other modules use. */
import { channelsVideo } from './channels-video'
import { BadRequestError } from './errors'
import { officialAccountService, officialAccountSubscription } from './official-account'
import { personalGroups } from './personal-groups'
import { personalMoments } from './personal-moments'
import type { ChannelAdapter, ChannelKind } from './types'
import { wecomCustomerGroups } from './wecom-customer-groups'
import { wecomMoments } from './wecom-moments'
import { wecomRobot } from './wecom-robot'

const ADAPTERS: Record<ChannelKind, ChannelAdapter> = {
  oa_subscription: officialAccountSubscription,
  oa_service: officialAccountService,
  wecom_robot: wecomRobot,
  wecom_groups: wecomCustomerGroups,
  wecom_moments: wecomMoments,
  channels_video: channelsVideo,
  personal_moments: personalMoments,
  personal_groups: personalGroups,
}

export function getAdapter(kind: ChannelKind | string): ChannelAdapter {
  const a = (ADAPTERS as Record<string, ChannelAdapter | undefined>)[kind]
  if (!a) throw new BadRequestError({ zh: `未知的渠道类型：${kind}`, en: `Unknown channel kind: ${kind}`, step: 'registry' })
  return a
}

export function listAdapters(): ChannelAdapter[] {
  return Object.values(ADAPTERS)
}

export * from './types'
export * from './errors'
export { InMemoryTokenStore, tokenProvider } from './token'
export { redactUrl, WEIXIN_ORIGIN, QYAPI_ORIGIN } from './http'
export { clientMsgIdFor, sniffImage } from './media'
export { checkPayload, assertPayload, type LimitIssue } from './validate'
export { createRateLimiter, shanghaiPeriod, type RateLimiter, type RateDecision, type RateTicket } from './rate-limit'
export { buildManualKit, formatTopics } from './manual-kit'
export { buildRobotMessages } from './wecom-robot'
