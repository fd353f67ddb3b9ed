/**
 * Standalone fake WeChat/WeCom server: `npm run fake-wechat` (port from FAKE_WECHAT_PORT, default 3900).
 * Point a linked account's base URL at the printed origin to publish over real HTTP without internet.
 */
import { DEMO_ACCOUNTS, startFakeWechat } from './server.js'

async function main() {
  const port = Number(process.env.FAKE_WECHAT_PORT ?? 3900)
  const host = process.env.FAKE_WECHAT_HOST ?? '127.0.0.1'
  const fake = await startFakeWechat({ port, host })
  console.log(`fake-wechat listening on ${fake.url}`)
  console.log(`  公众号 apps: ${DEMO_ACCOUNTS.oaApps.map((a) => `${a.appId} (${a.type})`).join(', ')}`)
  console.log(`  企业微信 corps: ${DEMO_ACCOUNTS.corps.map((c) => c.corpId).join(', ')} · robot keys: ${DEMO_ACCOUNTS.robotKeys.length}`)
  console.log(`  control: GET ${fake.url}/__state · POST ${fake.url}/__faults · POST ${fake.url}/__reset`)
  const stop = () => {
    fake.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e: unknown) => {
  console.error('fake-wechat failed to start / 启动失败:', e instanceof Error ? e.message : String(e))
  process.exit(1)
})
