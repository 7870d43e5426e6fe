// @ts-check
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

// Server-rendered pages (content changes without a rebuild), served by the
// standalone Node adapter that `npm start` runs on SITE_PORT.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  i18n: {
    locales: ['en', 'ur', 'ps'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  compressHTML: true,
  security: { checkOrigin: true },
})
