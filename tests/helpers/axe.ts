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

/** A violation we cannot fix ourselves, allowed on exactly one element. */
export interface AxeException {
  /** The axe rule id, e.g. `aria-allowed-role`. */
  rule: string
  /** The node's target as axe reports it (selectors joined by a space), exactly. */
  target: string
  /** Whose element it is and why it cannot be fixed here: kept in the test, for the reader. */
  why: string
}

export interface AxeOptions {
  /** A selector for the part of the page to audit; the whole document if left out. */
  include?: string
  /** The least impact that counts; `serious` unless said (serious and critical, as the tests always did). */
  minImpact?: ImpactValue
  /** Violations excused one element at a time; anything else on that rule still fails. */
  except?: AxeException[]
}

let source: Promise<string> | undefined
const axeSource = () => (source ??= readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'))

/** The page's violations at or above `minImpact`, one readable line per rule; `[]` when it passes. */
export const axeViolations = async (page: Page, options: AxeOptions = {}): Promise<string[]> => {
  // A page that navigated since the last audit has lost the script; one that did not keeps it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource() })
  const result = await page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe
      const run = { runOnly: { type: 'tag' as const, values: tags } }
      const found: AxeResults = include ? await axe.run(include, run) : await axe.run(document, run)
      // Only what the lines need: the whole result does not always survive the trip out of the page.
      return found.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      }))
    },
    { include: options.include, tags: [...AXE_TAGS] },
  )
  const least = IMPACTS.indexOf(options.minImpact ?? 'serious')
  const except = options.except ?? []
  return result
    .filter((v) => IMPACTS.indexOf(v.impact ?? 'minor') >= least)
    .map((v) => ({
      ...v,
      targets: v.targets.filter((t) => !except.some((e) => e.rule === v.id && e.target === t)),
    }))
    .filter((v) => v.targets.length > 0)
    .map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`)
}
