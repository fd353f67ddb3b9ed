import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests and parallel builds can keep separate build folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ['sharp', '@resvg/resvg-js', 'satori', 'bullmq', 'ioredis'],
  outputFileTracingRoot: import.meta.dirname,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
