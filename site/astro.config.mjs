// @ts-check
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'
import { fileURLToPath } from 'node:url'

const startup = fileURLToPath(new URL('./src/startup.ts', import.meta.url))

/**
 * The adapter's server entry loads pages and middleware on the first request;
 * src/startup.ts must run before it listens, so it goes first in the entry.
 * @returns {import('vite').Plugin}
 */
const checkConfigAtStart = () => ({
  name: 'hujra:check-config-at-start',
  transform(code, id) {
    if (!/@astrojs[\\/]node[\\/]dist[\\/]server\.js$/.test(id)) return null
    return { code: `import ${JSON.stringify(startup)}\n${code}`, map: null }
  },
})

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
  vite: { plugins: [checkConfigAtStart()] },
})
