import type { Payload, TypedUser } from 'payload'

import { Banner, Gutter, Pill, Table } from '@payloadcms/ui'
import Link from 'next/link'
import React from 'react'

import { reportColumns } from '../../../components/admin/columns'
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

type Usage = Awaited<ReturnType<typeof storageUsage>>

const retentionText = (last: LastRun | null) =>
  last?.ranAt
    ? `${last.dryRun ? 'Dry run' : 'Applied'} on ${new Date(last.ranAt).toUTCString()}: ${last.dryRun ? 'would archive' : 'archived'} ${last.archived ?? 0}, ${last.dryRun ? 'would delete' : 'deleted'} ${last.deleted ?? 0} (${megabytes(last.bytesFreed ?? 0)}), kept ${last.kept ?? 0} still in use, ${last.failures?.length ?? 0} failed.`
    : 'No retention run yet.'

/**
 * Dashboard panel for admins: storage used (each user's share and the
 * largest files) and what the last retention run did or would have done.
 * The same figures are at GET /api/files/usage and /api/files/retention.
 * Built from Payload's own UI components, so it follows the admin's theme.
 */
export async function StorageReport({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user, 'admin')) return null
  const [usage, settings] = await Promise.all([
    storageUsage(payload, 10),
    payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true }),
  ])
  const last = (settings.uploads?.lastRetentionRun ?? null) as LastRun | null
  const adminRoute = payload.config.routes.admin
  const users = usage.users.map((u, index) => ({ ...u, id: `${String(u.user)}-${index}` }))
  const largest = usage.largest
  const byUser = reportColumns<Usage['users'][number]>(
    [
      { key: 'user', heading: 'User', cell: (u) => u.email ?? '(no owner)' },
      { key: 'files', heading: 'Files', cell: (u) => u.files },
      { key: 'bytes', heading: 'Size', cell: (u) => megabytes(u.bytes) },
    ],
    users,
  )
  const byFile = reportColumns<Usage['largest'][number]>(
    [
      {
        key: 'file',
        heading: 'File',
        cell: (f) => (
          <Link href={`${adminRoute}/collections/files/${f.id}`} prefetch={false}>
            {String(f.originalName ?? f.filename)}
          </Link>
        ),
      },
      { key: 'type', heading: 'Type', cell: (f) => String(f.mimeType ?? '') },
      { key: 'size', heading: 'Size', cell: (f) => megabytes(f.bytes) },
    ],
    largest,
  )
  const failed = (last?.failures?.length ?? 0) > 0
  return (
    <Gutter className="storage-report">
      <section aria-labelledby="storage-report" data-testid="storage-report">
        <h2 id="storage-report" className="dashboard__label">
          Storage{' '}
          <Pill size="small" pillStyle="light-gray">
            {usage.total.files} files · {megabytes(usage.total.bytes)}
          </Pill>
        </h2>
        <p>
          {settings.uploads?.quotaMb
            ? `Quota ${settings.uploads.quotaMb} MB per user.`
            : 'No per-user quota.'}{' '}
          Rules and mode: Settings → Uploads.
        </p>
        <h3>Usage by user</h3>
        {users.length > 0 ? (
          <Table appearance="condensed" columns={byUser} data={users.map((u) => ({ id: u.id }))} />
        ) : (
          <p>No files yet.</p>
        )}
        <h3>Largest files</h3>
        {largest.length > 0 ? (
          <Table appearance="condensed" columns={byFile} data={largest.map((f) => ({ id: f.id }))} />
        ) : (
          <p>No files yet.</p>
        )}
        <Banner type={failed ? 'error' : last?.ranAt ? 'info' : 'default'}>
          Retention: {retentionText(last)}
        </Banner>
      </section>
    </Gutter>
  )
}
