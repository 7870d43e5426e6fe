import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type Axe from 'axe-core'
import type { AxeResults, ImpactValue } from 'axe-core'
import type { Page } from 'playwright-core'

/**
 * One axe runner for every browser test: axe-core injected into the page,
 * the WCAG 2.1 A/AA rules and axe's best practices, violations returned as
 * `rule (impact): target, target` lines so a failing `toEqual([])` says
 * what and where.
 */

/** What every test has audited against; issue 15 asks for WCAG 2.1 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const

const IMPACTS: ImpactValue[] = ['minor', 'moderate', 'serious', 'critical']

/** A violation we cannot fix ourselves, excused on the elements one selector names and on that rule only. */
export interface AxeException {
  /** The axe rule id, e.g. `aria-allowed-role`. */
  rule: string
  /**
   * A CSS selector the offending element itself must match (`Element.matches`),
   * as narrow as the markup allows: axe's own targets carry generated ids and
   * class hashes that change from build to build.
   */
  selector: string
  /** Whose element it is and why it cannot be fixed here: kept in the test, for the reader. */
  why: string
}

export interface AxeOptions {
  /** A selector for the part of the page to audit; the whole document if left out. */
  include?: string
  /** The least impact that counts; `serious` unless said (serious and critical, as the tests always did). */
  minImpact?: ImpactValue
  /** Violations excused on named elements; the same rule anywhere else still fails. */
  except?: AxeException[]
  /** Each element's opening markup after its target, to tell whose element it is. */
  html?: boolean
}

let source: Promise<string> | undefined
const axeSource = () => (source ??= readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'))

/** Whether the page runs timers: not in a context with JavaScript turned off, where axe would never finish. */
const runsScripts = async (page: Page) => {
  const tick = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0)))
  // Left waiting on a page without scripts; its rejection when the page closes means nothing.
  tick.catch(() => undefined)
  return Promise.race([tick, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000))])
}

/**
 * A page without JavaScript, audited as a copy: its document as it stands
 * (noscript content kept, as such a reader sees it) served at the same
 * address in a context with JavaScript, where a CSP stops the page's own
 * scripts so nothing changes it, and only axe runs.
 */
const auditCopy = async (page: Page, options: AxeOptions): Promise<string[]> => {
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement
    for (const element of root.querySelectorAll('noscript')) {
      const shown = document.createElement('span')
      shown.style.display = 'contents'
      shown.append(...element.childNodes)
      element.replaceWith(shown)
    }
    return `<!DOCTYPE html>${root.outerHTML}`
  })
  const url = page.url()
  const browser = page.context().browser()
  if (!browser) throw new Error('axeViolations: a page without JavaScript needs a browser to copy it into')
  const copy = await browser.newPage({ viewport: page.viewportSize() })
  try {
    await copy.route(
      (address) => address.href === url,
      (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "script-src 'none'" },
          body: html,
        }),
    )
    await copy.goto(url)
    return await axeViolations(copy, options)
  } finally {
    await copy.close()
  }
}

/** The page's violations at or above `minImpact`, one readable line per rule; `[]` when it passes. */
export const axeViolations = async (page: Page, options: AxeOptions = {}): Promise<string[]> => {
  if (!(await runsScripts(page))) return auditCopy(page, options)
  // A page that navigated since the last audit has lost the script; one that did not keeps it.
  // Evaluated rather than added as a <script>, so a CSP (the copy's) does not stop it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource())
  // At rest: colours mid-transition (a popup fading in) blend with the background and read
  // as low contrast on a loaded machine. Finite animations only, five seconds at most.
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 5000)),
    ]),
  )
  const result = await page.evaluate(
    async ({ include, tags, except }) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe
      const run = { runOnly: { type: 'tag' as const, values: tags } }
      const found: AxeResults = include ? await axe.run(include, run) : await axe.run(document, run)
      // A target of one selector is an element of this document (longer ones reach into frames).
      const excused = (rule: string, target: unknown[]) => {
        const element = target.length === 1 ? document.querySelector(String(target[0])) : null
        return !!element && except.some((e) => e.rule === rule && element.matches(e.selector))
      }
      // Only what the lines need: the whole result does not always survive the trip out of the page.
      return found.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        nodes: v.nodes
          .filter((n) => !excused(v.id, n.target))
          .map((n) => ({ target: n.target.map(String).join(' '), html: n.html })),
      }))
    },
    {
      include: options.include,
      tags: [...AXE_TAGS],
      except: (options.except ?? []).map(({ rule, selector }) => ({ rule, selector })),
    },
  )
  const least = IMPACTS.indexOf(options.minImpact ?? 'serious')
  const line = (n: { target: string; html: string }) =>
    options.html ? `${n.target} ${n.html.slice(0, n.html.indexOf('>') + 1 || 200)}` : n.target
  return result
    .filter((v) => IMPACTS.indexOf(v.impact ?? 'minor') >= least && v.nodes.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map(line).join(', ')}`)
}
