/**
 * Credentials the fake WeChat/WeCom server knows. The demo bank's linked accounts use these, so the
 * demo publishes for real over HTTP. They are test fixtures, not secrets.
 */
export interface FakeOaApp {
  appId: string
  appSecret: string
  type: 'subscription' | 'service'
  name: string
  followers: number
}

export interface FakeCorp {
  corpId: string
  corpSecret: string
  name: string
  /** WeCom userids of customer managers (they "confirm" tasks as the fake is polled). */
  members: string[]
}

export interface FakeAccounts {
  oaApps: FakeOaApp[]
  corps: FakeCorp[]
  robotKeys: string[]
}

export const DEMO_ACCOUNTS: FakeAccounts = {
  oaApps: [
    { appId: 'wxdemo0subscription1', appSecret: 'demo-oa-sub-secret-0001', type: 'subscription', name: '示范银行信用卡', followers: 48_230 },
    { appId: 'wxdemo0service000001', appSecret: 'demo-oa-svc-secret-0001', type: 'service', name: '示范银行', followers: 126_540 },
  ],
  corps: [
    { corpId: 'wwdemo0corp000000001', corpSecret: 'demo-wecom-secret-0001', name: '示范银行企业微信', members: ['zhangwei', 'lina', 'wangfang', 'liuyang', 'chenjing'] },
  ],
  robotKeys: ['5f3c1e2a-0d7b-4c55-9e61-8a2b7c4d9e10', 'c0ffee00-1111-4222-8333-944455556666'],
}
