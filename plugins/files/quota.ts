import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { isAdmin } from '../../access/isAdmin'
import { poolDb, transactionDb } from '../../utilities/db'
import { defineEndpoint } from '../../utilities/endpoint'
import { UploadRefused } from './checks'

const MB = 1024 * 1024

/**
 * Refuses an upload that would take its owner past the quota admins set
 * (Settings → Uploads). A new file counts against the uploader; new bytes for
 * an existing file (`replacing`) count against that file's owner, less the
 * bytes they replace.
 *
 * Runs in the upload's own transaction (the collection's beforeOperation
 * hook, which Payload calls after opening it) and first takes a lock on the
 * owner that is held until that transaction ends: a second upload by the
 * same owner waits here, then counts the first one's committed bytes, so two
 * uploads that each fit cannot both pass.
 */
export const checkQuota = async (req: PayloadRequest, size: number, replacing?: number | string) => {
  if (!req.user) return
  const settings = await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true, req })
  const quotaMb = settings.uploads?.quotaMb
  if (!quotaMb) return
  const db = await transactionDb(req)
  let owner: unknown = req.user.id
  if (replacing !== undefined) {
    const { rows } = await db.execute(sql`select owner_id from files where id = ${Number(replacing)}`)
    if (!rows[0]?.owner_id) return
    owner = rows[0].owner_id
  }
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`files-quota:${String(owner)}`}, 0))`)
  // Read after the lock: the replaced file's size too may have changed while this upload waited.
  const { rows } = await db.execute(
    sql`select coalesce(sum(filesize), 0)::bigint as used,
               coalesce(sum(filesize) filter (where id = ${replacing === undefined ? null : Number(replacing)}), 0)::bigint as replaced
        from files where owner_id = ${owner}`,
  )
  const used = Number(rows[0]?.used ?? 0) - Number(rows[0]?.replaced ?? 0)
  if (used + size > quotaMb * MB) {
    const whose = owner === req.user.id ? 'your' : "the file owner's"
    throw new UploadRefused(
      413,
      `file: ${whose} storage quota of ${quotaMb} MB would be exceeded (${(used / MB).toFixed(1)} MB used, this file ${(size / MB).toFixed(1)} MB)`,
    )
  }
}

export interface StorageUsage {
  total: { files: number; bytes: number }
  largest: {
    id: number
    filename: unknown
    originalName: unknown
    mimeType: unknown
    bytes: number
    owner: number | null
    createdAt: unknown
  }[]
  users: { user: number | null; email: string | null; files: number; bytes: number }[]
}

/** The largest files, each user's usage and the totals: three grouped queries. */
export const storageUsage = async (payload: Payload, limit = 20): Promise<StorageUsage> => {
  const db = poolDb(payload)
  const [largest, users, total] = await Promise.all([
    db.execute(sql`select id, filename, original_name, mime_type, filesize, owner_id, created_at
                   from files order by filesize desc nulls last limit ${limit}`),
    db.execute(sql`select f.owner_id, u.email, count(*)::int as files, coalesce(sum(f.filesize), 0)::bigint as bytes
                   from files f left join users u on u.id = f.owner_id
                   group by f.owner_id, u.email order by bytes desc`),
    db.execute(sql`select count(*)::int as files, coalesce(sum(filesize), 0)::bigint as bytes from files`),
  ])
  return {
    total: { files: Number(total.rows[0]?.files ?? 0), bytes: Number(total.rows[0]?.bytes ?? 0) },
    largest: largest.rows.map((r) => ({
      id: Number(r.id),
      filename: r.filename,
      originalName: r.original_name,
      mimeType: r.mime_type,
      bytes: Number(r.filesize ?? 0),
      owner: r.owner_id === null ? null : Number(r.owner_id),
      createdAt: r.created_at,
    })),
    users: users.rows.map((r) => ({
      user: r.owner_id === null ? null : Number(r.owner_id),
      email: (r.email as string | null) ?? null,
      files: Number(r.files),
      bytes: Number(r.bytes),
    })),
  }
}

/** `GET /api/files/usage` (admins): the largest files and each user's usage. */
export const usageEndpoint = defineEndpoint({
  method: 'get',
  path: '/usage',
  access: isAdmin,
  headers: { 'Cache-Control': 'private, no-store' },
  handler: ({ req }) => storageUsage(req.payload),
})
