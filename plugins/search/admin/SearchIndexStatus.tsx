import type { Payload, TypedUser } from 'payload'

import { Banner, Gutter, Pill, Table } from '@payloadcms/ui'
import React from 'react'

import { reportColumns } from '../../../components/admin/columns'
import { hasRole } from '../../../access/roles'
import { indexStatus } from '../indexStatus'
import { searchOptionsOf } from '../options'
import { ResyncButton } from './ResyncButton'

type Row = Awaited<ReturnType<typeof indexStatus>>['collections'][number]

/**
 * Dashboard panel for admins: per collection and locale, how many published
 * documents the database has and how many the search index has, with a
 * button that queues a rebuild when they differ. Built from Payload's own UI
 * components, so it follows the admin's theme.
 */
export async function SearchIndexStatus({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user, 'admin')) return null
  const status = await indexStatus(payload, searchOptionsOf(payload))
  const rows = status.collections.map((row) => ({ ...row, id: `${row.collection}-${row.locale}` }))
  const columns = reportColumns<Row>(
    [
      { key: 'collection', heading: 'Collection', cell: (r) => r.collection },
      { key: 'locale', heading: 'Locale', cell: (r) => r.locale },
      { key: 'database', heading: 'Published', cell: (r) => r.database },
      { key: 'index', heading: 'Indexed', cell: (r) => r.index },
      {
        key: 'drift',
        heading: 'Drift',
        cell: (r) => (
          <Pill size="small" pillStyle={r.drift === 0 ? 'success' : 'warning'}>
            {r.drift === 0 ? '0 · in step' : `${r.drift} · differs`}
          </Pill>
        ),
      },
    ],
    rows,
  )
  return (
    <Gutter className="search-index-status">
      <section aria-labelledby="search-index-status" data-testid="search-index-status">
        <h2 id="search-index-status" className="dashboard__label">
          Search index{' '}
          <Pill size="small" pillStyle="light-gray">
            {status.backend}
          </Pill>
        </h2>
        <Banner type={status.inSync ? 'success' : 'warning'}>
          {status.inSync
            ? 'The index is in step with published content.'
            : 'Some documents are missing from the index or stale: rebuild it.'}
        </Banner>
        <Table appearance="condensed" columns={columns} data={rows.map((r) => ({ id: r.id }))} />
        <ResyncButton />
      </section>
    </Gutter>
  )
}
