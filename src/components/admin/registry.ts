// Admin UI extensions, by capability. payload.config.ts reads these lists; add your component here
// (as a path string '/src/components/admin/<File>#<Export>') and run `npx payload generate:importmap`.
import type { AdminViewConfig, PayloadComponent } from 'payload'

/** Custom admin pages, e.g. { key: 'calendar', path: '/calendar', Component: '/src/components/admin/Calendar#CalendarView' } */
export const adminViews: Record<string, AdminViewConfig> = {}

/** Links in the left navigation below the collections (e.g. 发布日历, 数据看板, 我的工作台). */
export const navLinks: PayloadComponent[] = []

/** Blocks on the dashboard above the collection cards, in order. */
export const dashboardBlocks: PayloadComponent[] = ['/src/components/admin/Welcome#Welcome']
