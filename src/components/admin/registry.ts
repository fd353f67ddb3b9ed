// Admin UI extensions, by capability. payload.config.ts reads these lists; add your component here
// (as a path string '/src/components/admin/<File>#<Export>') and run `npx payload generate:importmap`.
import type { AdminViewConfig, CustomComponent } from 'payload'

/** Custom admin pages, e.g. { key: 'calendar', path: '/calendar', Component: '/src/components/admin/Calendar#CalendarView' } */
export const adminViews: Record<string, AdminViewConfig> = {
  reviewQueue: { path: '/review-queue', Component: '/src/components/admin/content/ReviewQueue#ReviewQueueView' },
  workbench: { path: '/workbench', Component: '/src/components/admin/community/Workbench#WorkbenchView' },
  myPosters: { path: '/my-posters', Component: '/src/components/admin/posters/MyPosters#MyPostersView' },
  analytics: { path: '/analytics', Component: '/src/components/admin/analytics/AnalyticsView#AnalyticsView' },
  publish: { path: '/publish', Component: '/src/components/admin/publishing/Views#PublishView' },
  publishingCalendar: { path: '/calendar', Component: '/src/components/admin/publishing/Views#CalendarView' },
  today: { path: '/today', Component: '/src/components/admin/publishing/Views#TodayView' },
}

/** Links in the left navigation below the collections (e.g. 发布日历, 数据看板, 我的工作台). */
export const navLinks: CustomComponent[] = ['/src/components/admin/community/WorkbenchLink#WorkbenchLink', '/src/components/admin/posters/MyPostersLink#MyPostersLink', '/src/components/admin/content/ReviewQueueLink#ReviewQueueLink', '/src/components/admin/analytics/AnalyticsLink#AnalyticsLink', '/src/components/admin/publishing/Views#PublishingNavLinks']

/** Blocks on the dashboard above the collection cards, in order. */
export const dashboardBlocks: CustomComponent[] = ['/src/components/admin/community/ManagerLanding#ManagerLanding', '/src/components/admin/Welcome#Welcome', '/src/components/admin/publishing/Views#TodayBlock', '/src/components/admin/content/LeadTimeAlerts#LeadTimeAlerts']
