import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core'

export { axeViolations, type AxeException, type AxeOptions } from './axe'

/** The phone every layout test holds the site to. */
export const PHONE = { width: 360, height: 740 } as const

export interface OpenOptions extends BrowserContextOptions {
  /** When `goto` may return; Playwright's `load` unless said. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'
}

export interface Opened {
  page: Page
  /** The main document's response (`null` for a same-document navigation). */
  response: Response | null
}

/**
 * A page at `url`. Given the browser, the page gets a context of its own with
 * `options` (locale, viewport, javaScriptEnabled, colorScheme …) and
 * `page.close()` closes that context too; given a context (signed-in cookies,
 * say), the page opens in it and the options other than `waitUntil` are not
 * used.
 */
export const openPage = async (
  target: Browser | BrowserContext,
  url: string,
  { waitUntil, ...context }: OpenOptions = {},
): Promise<Opened> => {
  const page = 'newContext' in target ? await target.newPage(context) : await target.newPage()
  const response = await page.goto(url, waitUntil ? { waitUntil } : undefined)
  return { page, response }
}
