import type { Endpoint, Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { hasRole } from '../../access/roles'

type Action = 'archive' | 'delete'

interface Rule {
  olderThanDays: number
  category?: 'image' | 'document' | null
  action: Action
}

export interface PlannedAction {
  id: number
  filename: string | null
  originalName: string | null
  bytes: number
  createdAt: string
  action: Action
  /** 1-based position of the rule in Settings, as admins see it. */
  rule: number
}

export interface RetentionReport {
  ranAt: string
  dryRun: boolean
  rules: number
  archived: number
  deleted: number
  bytesFreed: number
  /** Capped, so the report stays readable; the counts cover everything. */
  files: PlannedAction[]
  failures: { id: number; error: string }[]
}

const DAY = 24 * 60 * 60 * 1000
const PAGE = 500
const REPORT_LIMIT = 200

const categoryWhere = (category: Rule['category']): Where[] =>
  category === 'image'
    ? [{ mimeType: { like: 'image/' } }]
    : category === 'document'
      ? [{ mimeType: { not_like: 'image/' } }]
      : []

/**
 * Which files the rules touch, strongest action first: a file old enough
 * for a delete rule is deleted even if an archive rule also matches it, and
 * an archived file is not archived again.
 */
export const planRetention = async (payload: Payload, rules: Rule[], now = new Date()) => {
  const planned = new Map<number, PlannedAction>()
  const ordered = rules
    .map((rule, index) => ({ ...rule, index }))
    .sort((a, b) => (a.action === b.action ? 0 : a.action === 'delete' ? -1 : 1))
  for (const rule of ordered) {
    const cutoff = new Date(now.getTime() - rule.olderThanDays * DAY).toISOString()
    const where: Where = {
      and: [
        { createdAt: { less_than: cutoff } },
        ...categoryWhere(rule.category),
        ...(rule.action === 'archive' ? [{ archivedAt: { exists: false } }] : []),
      ],
    }
    for (let page = 1; ; page += 1) {
      const found = await payload.find({
        collection: 'files',
        where,
        depth: 0,
        limit: PAGE,
        page,
        sort: 'createdAt',
        overrideAccess: true,
        select: { filename: true, originalName: true, filesize: true, createdAt: true },
      })
      for (const doc of found.docs) {
        if (planned.has(doc.id)) continue
        planned.set(doc.id, {
          id: doc.id,
          filename: doc.filename ?? null,
          originalName: doc.originalName ?? null,
          bytes: doc.filesize ?? 0,
          createdAt: doc.createdAt,
          action: rule.action,
          rule: rule.index + 1,
        })
      }
      if (!found.hasNextPage) break
    }
  }
  return [...planned.values()]
}

const summarize = (plan: PlannedAction[], dryRun: boolean, rules: number): RetentionReport => ({
  ranAt: new Date().toISOString(),
  dryRun,
  rules,
  archived: plan.filter((p) => p.action === 'archive').length,
  deleted: plan.filter((p) => p.action === 'delete').length,
  bytesFreed: plan.filter((p) => p.action === 'delete').reduce((sum, p) => sum + p.bytes, 0),
  files: plan.slice(0, REPORT_LIMIT),
  failures: [],
})

/**
 * Runs the rules admins set in Settings → Uploads. In dry-run mode (the
 * default) nothing changes and the report says what would; in apply mode
 * each file is archived or deleted through the Local API, so the audit log
 * records it and a deletion also removes the stored bytes and preview. One
 * file's failure is reported and the rest go on.
 */
export const runRetention = async (
  req: PayloadRequest,
  options: { dryRun?: boolean } = {},
): Promise<RetentionReport> => {
  const { payload } = req
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const rules = (settings.uploads?.retention ?? []) as Rule[]
  const dryRun = options.dryRun ?? settings.uploads?.retentionMode !== 'apply'
  const plan = await planRetention(payload, rules)
  const report = summarize(plan, dryRun, rules.length)
  if (!dryRun) {
    for (const item of plan) {
      try {
        if (item.action === 'delete') {
          await payload.delete({ collection: 'files', id: item.id, overrideAccess: true, req })
        } else {
          await payload.update({
            collection: 'files',
            id: item.id,
            data: { archivedAt: new Date().toISOString() },
            depth: 0,
            overrideAccess: true,
            req,
          })
        }
      } catch (error) {
        report.failures.push({ id: item.id, error: (error as Error).message.slice(0, 300) })
      }
    }
  }
  return report
}

const saveReport = (req: PayloadRequest, report: RetentionReport) =>
  req.payload.updateGlobal({
    slug: 'settings',
    data: { uploads: { lastRetentionRun: report as unknown as Record<string, unknown> } },
    depth: 0,
    overrideAccess: true,
    context: { retentionReport: true },
  })

/** Daily at 03:00 (queue `files`), as the rules in Settings say; the report lands in Settings. */
export const fileRetentionTask: TaskConfig<{ input: { dryRun?: boolean }; output: { summary: string } }> = {
  slug: 'fileRetention',
  label: 'Apply file retention rules',
  inputSchema: [{ name: 'dryRun', type: 'checkbox' }],
  outputSchema: [{ name: 'summary', type: 'text' }],
  schedule: [{ cron: '0 0 3 * * *', queue: 'files' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const report = await runRetention(req, { dryRun: input?.dryRun ?? undefined })
    await saveReport(req, report)
    const summary = `${report.dryRun ? 'dry run: would archive' : 'archived'} ${report.archived}, ${report.dryRun ? 'would delete' : 'deleted'} ${report.deleted} (${report.failures.length} failed)`
    req.payload.logger.info(`files retention: ${summary}`)
    return { output: { summary } }
  },
}

/** `GET /api/files/retention` (admins): what the rules would do now. Never changes anything. */
export const retentionEndpoint: Endpoint = {
  path: '/retention',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      return Response.json(
        { errors: [{ message: 'Only admins can see the retention report' }] },
        { status: 403 },
      )
    }
    return Response.json(await runRetention(req, { dryRun: true }))
  },
}
