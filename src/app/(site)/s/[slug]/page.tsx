// 云工作室: a manager's public page — where their tracking links land when no other target is set.
import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import QRCode from 'qrcode'
import React from 'react'

import { loadManagerCard, loadStudioActivities, loadStudioCampaigns } from '../../../../lib/community/studio'
import { CopyButton } from '../../CopyButton'
import { ManagerAvatar } from '../../ManagerAvatar'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const payload = await getPayload({ config })
  const manager = await loadManagerCard(payload, (await params).slug)
  return { title: manager ? `${manager.name}的云工作室 · ${manager.bank}` : '云工作室' }
}

const campaignKind: Record<string, string> = { trend: '热点', empathy: '关怀', interactive: '互动', product: '产品' }

export default async function StudioPage({ params }: Props) {
  const payload = await getPayload({ config })
  const manager = await loadManagerCard(payload, (await params).slug)
  if (!manager) notFound()
  const [activities, campaigns] = await Promise.all([loadStudioActivities(payload, manager.id), loadStudioCampaigns(payload, manager.id)])
  const products = campaigns.filter((c) => c.kind === 'product')
  const running = campaigns.filter((c) => c.kind !== 'product')
  // the manager's own WeChat QR adds them as a friend in one scan; without it, a QR of the WeChat ID at least
  // hands the visitor the ID to search for in 添加朋友
  const idQr = !manager.wechatQrUrl && manager.wechatId ? await QRCode.toString(manager.wechatId, { type: 'svg', margin: 0, color: { dark: '#1f1f24', light: '#ffffff' } }) : null

  return (
    <main className="page" data-testid="studio">
      <header className="hero">
        <div className="brand">
          <span className="brand-dot">{manager.bank.slice(0, 1)}</span>
          {manager.bank} · 云工作室
        </div>
        <h1>您好，我是{manager.name}</h1>
        <p>您身边的金融顾问，有问题随时找我</p>
      </header>

      <section className="card">
        <div className="person">
          <ManagerAvatar manager={manager} />
          <div>
            <p className="person-name">{manager.name}</p>
            <p className="person-title">{manager.title ?? '客户经理'}</p>
            {manager.branch && <span className="badge">{manager.branch}</span>}
          </div>
        </div>
        {manager.bio && <p className="bio">{manager.bio}</p>}
        {(manager.phone || manager.wechatId) && (
          <div className="actions">
            {manager.phone && (
              <a className="btn btn-primary" href={`tel:${manager.phone}`}>
                拨打电话
              </a>
            )}
            {manager.wechatId && <CopyButton text={manager.wechatId} label="复制微信号" />}
          </div>
        )}
      </section>

      {(manager.wechatQrUrl || idQr) && (
        <section className="section">
          <h2>加我微信</h2>
          <div className="qr" style={{ paddingBottom: 12 }}>
            {manager.wechatQrUrl ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img className="qr-box" src={manager.wechatQrUrl} alt={`${manager.name}的微信二维码`} data-testid="wechat-qr" />
            ) : (
              <div className="qr-box" dangerouslySetInnerHTML={{ __html: idQr! }} />
            )}
            <div>
              {manager.wechatId && <strong>微信号 {manager.wechatId}</strong>}
              <p>
                {manager.wechatQrUrl
                  ? '长按识别二维码添加我为好友，请备注“云工作室”。'
                  : '长按识别二维码获取微信号，或复制微信号后在「添加朋友」中搜索，请备注“云工作室”。'}
              </p>
            </div>
          </div>
        </section>
      )}

      <section className="section">
        <h2>互动有礼</h2>
        {activities.length === 0 ? (
          <p className="empty">暂时没有进行中的互动，敬请期待。</p>
        ) : (
          <div className="tiles">
            {activities.map((a) => (
              <a key={a.id} className="tile" href={a.href}>
                <span className="tile-icon">{a.kindShort}</span>
                <span className="tile-body">
                  <span className="tile-title">{a.title}</span>
                  <span className="tile-sub" style={{ display: 'block' }}>
                    {a.theme}
                  </span>
                </span>
                <span className="tile-go">去参与 ›</span>
              </a>
            ))}
          </div>
        )}
      </section>

      {running.length > 0 && (
        <section className="section">
          <h2>当前活动</h2>
          <div className="tiles">
            {running.map((c) => (
              <div key={c.id} className="tile">
                <span className="tile-icon">{campaignKind[c.kind ?? ''] ?? '活动'}</span>
                <span className="tile-body">
                  <span className="tile-title">{c.name}</span>
                  {c.summary && <span className="tile-sub" style={{ display: 'block' }}>{c.summary}</span>}
                </span>
              </div>
            ))}
          </div>
        </section>
      )}

      {products.length > 0 && (
        <section className="section">
          <h2>精选产品</h2>
          <div className="tiles">
            {products.map((c) => (
              <div key={c.id} className="tile">
                <span className="tile-icon">产品</span>
                <span className="tile-body">
                  <span className="tile-title">{c.name}</span>
                  {c.summary && <span className="tile-sub" style={{ display: 'block' }}>{c.summary}</span>}
                </span>
              </div>
            ))}
          </div>
          <p className="empty">理财有风险，投资需谨慎。产品详情请咨询{manager.name}。</p>
        </section>
      )}

      <p className="foot">
        {manager.bank} {manager.branch ?? ''}
        <br />
        本页面由客户经理本人维护，请认准官方渠道，谨防诈骗
      </p>
    </main>
  )
}
