import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core'

export { axeViolations, type AxeException, type AxeOptions } from './axe'

/** The phone every layout test holds the site to. */
export const PHONE = { width: 360, height: 740 } as const

export interface OpenOptions extends BrowserContextOptions {
  /** When `goto` may return; Playwright's `load` unless said. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'
  /** How long `goto` may take; Playwright's default unless said. */
  timeout?: number
  /** Called with the page before it navigates: listeners and timeouts that must see the first load. */
  onPage?: (page: Page) => unknown
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
 * say), the page opens in it and only `waitUntil`, `timeout` and `onPage`
 * are used.
 */
export const openPage = async (
  target: Browser | BrowserContext,
  url: string,
  { waitUntil, timeout, onPage, ...context }: OpenOptions = {},
): Promise<Opened> => {
  const page = 'newContext' in target ? await target.newPage(context) : await target.newPage()
  await onPage?.(page)
  const response = await page.goto(url, { waitUntil, timeout })
  return { page, response }
}
