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

// What the standalone adapter answers to an address that is not valid
// percent-encoded UTF-8 (`/resources/%E0%A4%A`), before any page runs.
const BAD_REQUEST = 'res.writeHead(400);\n      res.end("Bad request.");\n      return;'

/**
 * Such an address cannot name a page: it gets the site's 404 page, in a
 * reader's language like every other missing page, rather than a bare-text
 * 400. Should a later adapter answer differently, its own answer stands.
 * @returns {import('vite').Plugin}
 */
const notFoundForUndecodable = () => ({
  name: 'hujra:not-found-for-undecodable-addresses',
  transform(code, id) {
    if (!/@astrojs[\\/]node[\\/]dist[\\/]standalone\.js$/.test(id) || !code.includes(BAD_REQUEST)) return null
    return { code: code.replace(BAD_REQUEST, 'req.url = "/404";'), map: null }
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
  vite: { plugins: [checkConfigAtStart(), notFoundForUndecodable()] },
})
