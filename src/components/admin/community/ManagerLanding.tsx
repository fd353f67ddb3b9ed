// Dashboard block: a customer manager's landing page is 我的工作台, so the dashboard sends them there.
import { redirect } from 'next/navigation'
import type { ServerProps } from 'payload'

export function ManagerLanding({ user }: ServerProps) {
  if ((user as { role?: string } | undefined)?.role === 'manager') redirect('/admin/workbench')
  return null
}
