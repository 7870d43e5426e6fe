import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The Astro site and the realtime sidecar are separate processes; Next only
  // serves Payload's admin, REST and GraphQL routes.
  poweredByHeader: false,
  compress: true,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
