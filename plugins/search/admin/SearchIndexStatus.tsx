import type { Payload, TypedUser } from 'payload'

import React from 'react'

import { hasRole } from '../../../access/roles'
import { indexStatus } from '../indexStatus'
import { searchOptionsOf } from '../options'
import { ResyncButton } from './ResyncButton'

/**
 * Dashboard panel for admins: per collection and locale, how many published
 * documents the database has and how many the search index has, with a
 * button that queues a rebuild when they differ.
 */
export async function SearchIndexStatus({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!hasRole(user, 'admin')) return null
  const status = await indexStatus(payload, searchOptionsOf(payload))
  return (
    <section className="gutter--left gutter--right" aria-labelledby="search-index-status">
      <h2 id="search-index-status">Search index status</h2>
      <p>
        Backend: <strong>{status.backend}</strong> —{' '}
        {status.inSync ? 'in step with published content.' : 'some documents are missing or stale.'}
      </p>
      <table style={{ borderCollapse: 'collapse', minWidth: '24rem' }}>
        <thead>
          <tr>
            {['Collection', 'Locale', 'Published', 'Indexed', 'Drift'].map((h) => (
              <th key={h} style={{ textAlign: 'start', paddingInlineEnd: '1.5rem' }} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {status.collections.map((row) => (
            <tr key={`${row.collection}-${row.locale}`}>
              <td>{row.collection}</td>
              <td>{row.locale}</td>
              <td>{row.database}</td>
              <td>{row.index}</td>
              <td style={{ fontWeight: row.drift === 0 ? 'normal' : 'bold' }}>{row.drift}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ResyncButton />
    </section>
  )
}
