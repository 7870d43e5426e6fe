import type { Payload, TaskConfig } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import type { SearchableCollection } from '../types'
import type { MeiliDocument, MeiliSettings } from './client'

import { meiliId, meiliIndex, meiliSettings } from './client'

type Drizzle = { execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }

const epoch = (value: unknown) => (value ? Math.floor(new Date(value as string).getTime() / 1000) : null)

/** The PostgreSQL index rows of some documents, shaped for Meilisearch. */
export const readDocuments = async (
  payload: Payload,
  collection: SearchableCollection,
  ids: number[],
): Promise<MeiliDocument[]> => {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const { rows } = await db.execute(sql`
    select * from search_index where doc_collection = ${collection} and doc_id = any(${sql.param(ids)}::numeric[])`)
  return rows.map((r) => ({
    id: meiliId(collection, Number(r.doc_id), String(r.locale)),
    type: collection,
    docId: Number(r.doc_id),
    locale: String(r.locale),
    slug: (r.slug as string | null) ?? null,
    title: String(r.title),
    summary: (r.summary as string | null) ?? null,
    category: r.category === null ? null : Number(r.category),
    district: r.district === null ? null : Number(r.district),
    tags: (r.tags as number[] | null) ?? [],
    status: (r.status as string | null) ?? null,
    publishedAt: epoch(r.published_at),
    docUpdatedAt: epoch(r.doc_updated_at),
    normTitle: String(r.norm_title ?? ''),
    normSummary: String(r.norm_summary ?? ''),
    normBody: String(r.norm_body ?? ''),
    normTerms: String(r.norm_terms ?? ''),
  }))
}

/**
 * Mirrors documents' PostgreSQL index rows into Meilisearch: adds what is
 * there, deletes the locales that are not (unpublished or deleted).
 */
export const pushDocuments = async (
  payload: Payload,
  settings: MeiliSettings,
  collection: SearchableCollection,
  ids: number[],
) => {
  const documents = await readDocuments(payload, collection, ids)
  const present = new Set(documents.map((d) => d.id))
  const locales = (payload.config.localization || { localeCodes: ['en'] }).localeCodes
  const gone = ids
    .flatMap((id) => locales.map((l) => meiliId(collection, id, l)))
    .filter((id) => !present.has(id))
  const index = meiliIndex(settings)
  if (gone.length > 0) await index.deleteDocuments(gone)
  if (documents.length > 0) await index.addDocuments(documents, { primaryKey: 'id' })
}

/**
 * The durable half of Meilisearch sync: the hooks queue this job in the
 * edit's own transaction, and the jobs runner retries it with backoff until
 * Meilisearch accepts the change. Saving never waits for Meilisearch.
 */
export const searchSyncTask: TaskConfig<{
  input: { collection: string; docId: number }
  output: { pushed: boolean }
}> = {
  slug: 'searchSync',
  label: 'Sync a document to Meilisearch',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'docId', type: 'number', required: true },
  ],
  outputSchema: [{ name: 'pushed', type: 'checkbox' }],
  retries: { attempts: 20, backoff: { type: 'exponential', delay: 2000 } },
  handler: async ({ input, req }) => {
    const settings = meiliSettings()
    if (!settings) return { output: { pushed: false } }
    await pushDocuments(req.payload, settings, input.collection as SearchableCollection, [input.docId])
    return { output: { pushed: true } }
  },
}
