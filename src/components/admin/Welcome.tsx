// The dashboard's first block: tells a first-time user, by role, what to do next.
import type { ServerProps } from 'payload'
import React from 'react'

type Step = { zh: string; en: string; href: string }

const stepsByRole: Record<string, Step[]> = {
  admin: [
    { zh: '维护机构树：总行 → 分行 → 支行', en: 'Set up the branch tree', href: '/admin/collections/branches' },
    { zh: '创建编辑、审核和客户经理账号', en: 'Create editor, reviewer and manager accounts', href: '/admin/collections/users' },
    { zh: '维护合规规则：禁用词、必备风险提示', en: 'Maintain the compliance rules', href: '/admin/collections/compliance-rules' },
    { zh: '设置品牌：标志、品牌色和海报免责声明', en: 'Set the brand kit: logo, colours and poster disclaimer', href: '/admin/globals/brand' },
    { zh: '为核心、信用卡等业务系统创建数据回传接口（API 密钥），回传开户、绑卡、购买', en: 'Create integrations (API keys) so business systems post conversions', href: '/admin/collections/integrations/create' },
  ],
  editor: [
    { zh: '用海报模板做一张活动海报，提交审核', en: 'Make a campaign poster from a template and submit it', href: '/admin/collections/posters/create' },
    { zh: '从借势日历挑一个节日，创建借势活动', en: 'Pick a festival from the calendar and start a campaign', href: '/admin/collections/topics' },
    { zh: '撰写内容：主文案 + 朋友圈/公众号/视频号/社群版本', en: 'Write content with its channel variants', href: '/admin/collections/contents/create' },
    { zh: '发布到矩阵：把审核通过的内容排期到各渠道账号，在发布日历中调整', en: 'Publish to matrix: schedule approved content, adjust it in the calendar', href: '/admin/publish' },
    { zh: '看看素材库，准备本周的活动素材', en: 'Prepare this week’s material in the media library', href: '/admin/collections/media' },
    { zh: '打开数据看板：各渠道、机构、客户经理的 AARRR 漏斗', en: 'Open the analytics dashboard: the AARRR funnel by channel, branch and manager', href: '/admin/analytics' },
  ],
  reviewer: [
    { zh: '处理审核队列：通过或驳回（写明原因）', en: 'Work through the review queue', href: '/admin/review-queue' },
  ],
  manager: [
    { zh: '打开我的工作台：今日群任务、专属海报、我的数据', en: 'Open my workbench: today’s group tasks, my posters, my data', href: '/admin/workbench' },
    { zh: '查看今日待发：复制文案、下载素材，发完点“已完成”', en: 'Today’s posts: copy the text, download the kit, tap Done', href: '/admin/today' },
    { zh: '完善个人资料：头像、职务、手机号会印在你的专属海报上', en: 'Complete your profile: avatar, title and phone go on your posters', href: '/admin/account' },
    { zh: '打开“我的海报”，下载印有你姓名和专属二维码的海报，发朋友圈和客户群', en: 'Open “My posters” and download your own copies for Moments and groups', href: '/admin/my-posters' },
    { zh: '看看数据看板：你的扫码、转化、裂变推荐和排名', en: 'See your scans, conversions, referrals and rank', href: '/admin/analytics' },
  ],
}

const roleName: Record<string, { zh: string; en: string }> = {
  admin: { zh: '总行运营管理员', en: 'Administrator' },
  editor: { zh: '内容编辑', en: 'Editor' },
  reviewer: { zh: '合规审核', en: 'Compliance reviewer' },
  manager: { zh: '客户经理', en: 'Customer manager' },
}

export function Welcome(props: ServerProps) {
  const user = props.user as unknown as { displayName?: string; role?: string } | undefined
  const lang = props.i18n?.language === 'en' ? 'en' : 'zh'
  const role = user?.role ?? 'manager'
  const steps = stepsByRole[role] ?? []
  return (
    <section className="md-welcome" style={{ marginBottom: 32 }}>
      <div
        style={{
          borderRadius: 14,
          padding: '22px 26px',
          background: 'linear-gradient(120deg, #B3152A 0%, #7A0E1D 100%)',
          color: '#fff',
        }}
      >
        <div style={{ fontSize: 13, opacity: 0.8, letterSpacing: 1 }}>MatrixDesk · 矩阵台</div>
        <h2 style={{ margin: '6px 0 4px', color: '#fff' }}>
          {lang === 'zh' ? `${user?.displayName ?? ''}，你好` : `Hello, ${user?.displayName ?? ''}`}
        </h2>
        <div style={{ opacity: 0.9 }}>
          {lang === 'zh'
            ? `当前角色：${roleName[role]?.zh ?? role}。下面是你接下来可以做的事：`
            : `Your role: ${roleName[role]?.en ?? role}. Here is what to do next:`}
        </div>
      </div>
      {steps.length > 0 && (
        <ol style={{ margin: '16px 0 0', paddingLeft: 22, lineHeight: 2 }}>
          {steps.map((s) => (
            <li key={s.href + s.zh}>
              <a href={s.href}>{lang === 'zh' ? s.zh : s.en}</a>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
