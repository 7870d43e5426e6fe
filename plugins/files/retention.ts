import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { defineEndpoint } from '../../utilities/endpoint'
import { idsOf } from './access'

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

/** A file a rule matched but that content still uses, so it was left alone. */
export interface KeptFile {
  id: number
  filename: string | null
  /** Where it is used, e.g. `resources/12`, `posts/3`. */
  usedBy: string[]
}

export interface RetentionReport {
  ranAt: string
  dryRun: boolean
  rules: number
  archived: number
  deleted: number
  bytesFreed: number
  /** Matched by a rule but still attached to a resource or a post: neither archived nor deleted. */
  kept: number
  /** Capped, so the report stays readable; the counts cover everything. */
  files: PlannedAction[]
  keptFiles: KeptFile[]
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
 * Content that uses files. Retention never acts on a file in use: deleting it
 * would silently drop it from the page (the relation rows cascade), and
 * archiving it would leave a published page listing a file the public may
 * not open. Taking content down is an editor's decision, made on the content.
 */
const USES = [
  { collection: 'resources', field: 'attachments' },
  { collection: 'posts', field: 'heroImage' },
] as const

/** For each of `fileIds` that content uses, where (`resources/12`). */
export const filesInUse = async (payload: Payload, fileIds: number[]) => {
  const usedBy = new Map<number, string[]>()
  for (let start = 0; start < fileIds.length; start += PAGE) {
    const wanted = new Set(fileIds.slice(start, start + PAGE))
    for (const { collection, field } of USES) {
      const found = await payload.find({
        collection,
        where: { [field]: { in: [...wanted] } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { [field]: true },
      })
      for (const doc of found.docs) {
        for (const id of idsOf((doc as unknown as Record<string, unknown>)[field])) {
          if (!wanted.has(id)) continue
          const places = usedBy.get(id) ?? []
          places.push(`${collection}/${doc.id}`)
          usedBy.set(id, places)
        }
      }
    }
  }
  return usedBy
}

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
  const usedBy = await filesInUse(payload, [...planned.keys()])
  const kept: KeptFile[] = []
  for (const [id, places] of usedBy) {
    kept.push({ id, filename: planned.get(id)?.filename ?? null, usedBy: places })
    planned.delete(id)
  }
  return { plan: [...planned.values()], kept }
}

const summarize = (
  { plan, kept }: Awaited<ReturnType<typeof planRetention>>,
  dryRun: boolean,
  rules: number,
): RetentionReport => ({
  ranAt: new Date().toISOString(),
  dryRun,
  rules,
  archived: plan.filter((p) => p.action === 'archive').length,
  deleted: plan.filter((p) => p.action === 'delete').length,
  bytesFreed: plan.filter((p) => p.action === 'delete').reduce((sum, p) => sum + p.bytes, 0),
  kept: kept.length,
  files: plan.slice(0, REPORT_LIMIT),
  keptFiles: kept.slice(0, REPORT_LIMIT),
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
  const planned = await planRetention(payload, rules)
  const report = summarize(planned, dryRun, rules.length)
  if (!dryRun) {
    for (const item of planned.plan) {
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
    const summary = `${report.dryRun ? 'dry run: would archive' : 'archived'} ${report.archived}, ${report.dryRun ? 'would delete' : 'deleted'} ${report.deleted}, kept ${report.kept} in use (${report.failures.length} failed)`
    req.payload.logger.info(`files retention: ${summary}`)
    return { output: { summary } }
  },
}

/** `GET /api/files/retention` (admins): what the rules would do now. Never changes anything. */
export const retentionEndpoint = defineEndpoint({
  method: 'get',
  path: '/retention',
  access: isAdmin,
  headers: { 'Cache-Control': 'private, no-store' },
  handler: ({ req }) => runRetention(req, { dryRun: true }),
})
