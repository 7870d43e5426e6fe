import type { Payload, TypedUser } from 'payload'

import React from 'react'

import { hasRole } from '../../../access/roles'
import { storageUsage } from '../quota'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

interface LastRun {
  ranAt?: string
  dryRun?: boolean
  archived?: number
  deleted?: number
  bytesFreed?: number
  kept?: number
  failures?: unknown[]
}

const cell = { textAlign: 'start', paddingInlineEnd: '1.5rem' } as const

/**
 * Dashboard panel for admins: storage used (each user's share and the
 * largest files) and what the last retention run did or would have done.
 * The same figures are at GET /api/files/usage and /api/files/retention.
 */
export async function StorageReport({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user, 'admin')) return null
  const [usage, settings] = await Promise.all([
    storageUsage(payload, 10),
    payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
  ])
  const last = (settings.uploads?.lastRetentionRun ?? null) as LastRun | null
  return (
    <section className="gutter--left gutter--right" aria-labelledby="storage-report">
      <h2 id="storage-report">Storage</h2>
      <p>
        {usage.total.files} files, {megabytes(usage.total.bytes)}
        {settings.uploads?.quotaMb
          ? `; quota ${settings.uploads.quotaMb} MB per user`
          : '; no per-user quota'}
        .
      </p>
      <table style={{ borderCollapse: 'collapse', minWidth: '24rem' }}>
        <caption style={{ textAlign: 'start' }}>Usage by user</caption>
        <thead>
          <tr>
            {['User', 'Files', 'Size'].map((h) => (
              <th key={h} style={cell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {usage.users.map((u) => (
            <tr key={String(u.user)}>
              <td style={cell}>{u.email ?? '(no owner)'}</td>
              <td style={cell}>{u.files}</td>
              <td style={cell}>{megabytes(u.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table style={{ borderCollapse: 'collapse', minWidth: '24rem', marginTop: '1rem' }}>
        <caption style={{ textAlign: 'start' }}>Largest files</caption>
        <thead>
          <tr>
            {['File', 'Type', 'Size'].map((h) => (
              <th key={h} style={cell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {usage.largest.map((f) => (
            <tr key={f.id}>
              <td style={cell}>
                <a href={`/admin/collections/files/${f.id}`}>{String(f.originalName ?? f.filename)}</a>
              </td>
              <td style={cell}>{String(f.mimeType ?? '')}</td>
              <td style={cell}>{megabytes(f.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Retention:{' '}
        {last?.ranAt
          ? `${last.dryRun ? 'dry run' : 'applied'} on ${new Date(last.ranAt).toUTCString()}: ${last.dryRun ? 'would archive' : 'archived'} ${last.archived ?? 0}, ${last.dryRun ? 'would delete' : 'deleted'} ${last.deleted ?? 0} (${megabytes(last.bytesFreed ?? 0)}), kept ${last.kept ?? 0} still in use, ${last.failures?.length ?? 0} failed.`
          : 'no run yet.'}{' '}
        Rules and mode: Settings → Uploads.
      </p>
    </section>
  )
}
