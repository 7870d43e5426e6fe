import type { AuditDiff } from './types'

type Doc = Record<string, unknown> | null | undefined

/** Populated relationships compare by id, so depth never shows up as a change. */
const normalize = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalize)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, normalize(v)]))
  }
  return value
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/**
 * The top-level fields whose values differ between two versions of a document,
 * leaving out redacted fields. `from` is absent on create, `to` on delete.
 */
export const diffDocs = (before: Doc, after: Doc, redact: Set<string>): AuditDiff => {
  const diff: AuditDiff = {}
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  for (const key of keys) {
    if (redact.has(key) || key === 'id') continue
    // Absent and null mean the same here, so a create lists only what was set.
    const from = normalize(before?.[key]) ?? null
    const to = normalize(after?.[key]) ?? null
    if (same(from, to)) continue
    diff[key] = { ...(before ? { from } : {}), ...(after ? { to } : {}) }
  }
  return diff
}
