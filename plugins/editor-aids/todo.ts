import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'

import { stringify } from 'qs-esm'

/** A resource not confirmed for this long needs checking again. */
export const STALE_AFTER_MONTHS = 12

export interface ToDoItem {
  key: 'unverified' | 'stale' | 'corrections' | 'reports'
  label: string
  /** null: counting failed (logged); the item still links to its list. */
  count: number | null
  href: string
}

interface Question {
  key: ToDoItem['key']
  label: string
  collection: CollectionSlug
  where: Where
}

/** The date `months` before `now`, as the ISO string the list filter takes. */
export const monthsBefore = (now: Date, months: number): string => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff.toISOString()
}

export const toDoQuestions = (now: Date): Question[] => [
  {
    key: 'unverified',
    label: 'Unverified resources',
    collection: 'resources',
    where: { status: { equals: 'unverified' } },
  },
  {
    key: 'stale',
    label: `Resources not checked for ${STALE_AFTER_MONTHS} months`,
    collection: 'resources',
    where: {
      or: [
        { lastVerifiedAt: { less_than: monthsBefore(now, STALE_AFTER_MONTHS) } },
        { lastVerifiedAt: { exists: false } },
      ],
    },
  },
  {
    key: 'corrections',
    label: 'Open correction requests',
    collection: 'corrections',
    where: { status: { equals: 'open' } },
  },
  {
    key: 'reports',
    label: 'Open chat reports',
    collection: 'reports',
    where: { status: { equals: 'open' } },
  },
]

const isForbidden = (error: unknown) => (error as { status?: number } | null)?.status === 403

/**
 * The editor's to-do list: how many documents wait in each queue, counted
 * with the user's own access (a moderator who may not read drafts sees fewer
 * unverified resources; a collection the user may not read is left out).
 * Count queries only; each links to the list view filtered the same way.
 */
export const editorToDo = async (
  payload: Payload,
  user: TypedUser,
  now = new Date(),
): Promise<ToDoItem[]> => {
  const adminRoute = payload.config.routes.admin
  const rows = await Promise.all(
    toDoQuestions(now)
      .filter((q) => payload.collections[q.collection])
      .map(async (q): Promise<ToDoItem | null> => {
        const href = `${adminRoute}/collections/${q.collection}?${stringify({ where: q.where }, { encode: true })}`
        try {
          const { totalDocs } = await payload.count({
            collection: q.collection,
            where: q.where,
            user,
            overrideAccess: false,
          })
          return { key: q.key, label: q.label, count: totalDocs, href }
        } catch (error) {
          if (isForbidden(error)) return null
          payload.logger.error({ err: error, msg: `Editor to-do: counting ${q.key} failed` })
          return { key: q.key, label: q.label, count: null, href }
        }
      }),
  )
  return rows.filter((row): row is ToDoItem => row !== null)
}
