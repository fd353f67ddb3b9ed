// Public, mobile-first pages customers open from WeChat: 云工作室 (/s/:slug) and interactive H5 (/h5/:id).
// Their own root layout: no Payload admin chrome, no admin CSS.
import type { Metadata, Viewport } from 'next'
import React from 'react'

import './site.css'

export const metadata: Metadata = { icons: [{ rel: 'icon', url: '/brand/favicon.svg' }] }
export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#B3152A' }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="site">{children}</body>
    </html>
  )
}
