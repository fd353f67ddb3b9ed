// Labels and colours shared by the publishing views (channel → colour, status → tint), Chinese first.
export const CHANNEL: Record<string, { zh: string; color: string }> = {
  oa_subscription: { zh: '订阅号', color: '#1f6feb' },
  oa_service: { zh: '服务号', color: '#0b3d91' },
  wecom_robot: { zh: '群机器人', color: '#1a7f37' },
  wecom_groups: { zh: '客户群', color: '#2da44e' },
  wecom_moments: { zh: '企微朋友圈', color: '#bf8700' },
  channels_video: { zh: '视频号', color: '#e8590c' },
  personal_moments: { zh: '个人朋友圈', color: '#8250df' },
  personal_groups: { zh: '个人社群', color: '#0f7b6c' },
}

export const STATUS: Record<string, { zh: string; bg: string; fg: string }> = {
  scheduled: { zh: '已排期', bg: '#ffffff', fg: '#24292f' },
  publishing: { zh: '发布中', bg: '#ddf4ff', fg: '#0a3069' },
  published: { zh: '已发布', bg: '#dafbe1', fg: '#116329' },
  task_created: { zh: '任务已创建', bg: '#fff8c5', fg: '#7d4e00' },
  awaiting_confirmation: { zh: '待确认', bg: '#fff8c5', fg: '#7d4e00' },
  done: { zh: '已完成', bg: '#dafbe1', fg: '#116329' },
  failed: { zh: '失败', bg: '#ffebe9', fg: '#a40e26' },
  needs_verification: { zh: '待核实', bg: '#fff1e5', fg: '#953800' },
  cancelled: { zh: '已取消', bg: '#f6f8fa', fg: '#6e7781' },
}

const fmt = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false })
export const beijing = (iso: string) => fmt.format(new Date(iso))
export const hhmm = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16)
/** The Beijing calendar day of an instant, 'YYYY-MM-DD'. */
export const beijingDay = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10)

export async function api<T = any>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const r = await fetch(path, {
    method: init?.method ?? 'GET',
    credentials: 'include',
    headers: init?.body !== undefined ? { 'content-type': 'application/json' } : undefined,
    body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
  })
  const json = await r.json().catch(() => ({}))
  if (!r.ok) throw new Error(json?.errors?.[0]?.message ?? `请求失败 (${r.status})`)
  return json as T
}

export const card: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 10, padding: 16, background: 'var(--theme-elevation-0)' }
export const btn = (primary = false): React.CSSProperties => ({
  border: primary ? 'none' : '1px solid var(--theme-elevation-250)',
  background: primary ? '#B3152A' : 'var(--theme-elevation-0)',
  color: primary ? '#fff' : 'var(--theme-text)',
  borderRadius: 6,
  padding: '6px 14px',
  cursor: 'pointer',
  fontSize: 13,
})
