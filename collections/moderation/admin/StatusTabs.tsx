import type { BeforeListTableServerProps } from 'payload'

import React from 'react'

import { CORRECTION_STATUSES, type CorrectionStatus } from '../topics'

const LABELS: Record<CorrectionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
}

const statusOf = (searchParams: BeforeListTableServerProps['searchParams']): string | undefined => {
  const value = searchParams?.['where[status][equals]']
  if (typeof value === 'string') return value
  const where = searchParams?.where as { status?: { equals?: unknown } } | undefined
  return typeof where?.status?.equals === 'string' ? where.status.equals : undefined
}

/**
 * Above the review queue: one link per status with its count, so a
 * moderator opens the open requests in one click (the list's filter
 * builder does the same in four).
 */
export async function StatusTabs({ payload, user, searchParams }: BeforeListTableServerProps) {
  const counts = await Promise.all(
    CORRECTION_STATUSES.map(async (status) => {
      const { totalDocs } = await payload.count({
        collection: 'corrections',
        where: { status: { equals: status } },
        overrideAccess: false,
        user,
      })
      return [status, totalDocs] as const
    }),
  )
  const current = statusOf(searchParams)
  const base = `${payload.config.routes.admin}/collections/corrections`
  const link = (href: string, label: string, active: boolean) => (
    <li key={href}>
      <a
        href={href}
        aria-current={active ? 'page' : undefined}
        style={{ fontWeight: active ? 700 : 400, textDecoration: active ? 'none' : 'underline' }}
      >
        {label}
      </a>
    </li>
  )
  return (
    <nav aria-label="Requests by status">
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1.5rem', listStyle: 'none', padding: 0 }}>
        {counts.map(([status, count]) =>
          link(
            `${base}?${new URLSearchParams({ 'where[status][equals]': status })}`,
            `${LABELS[status]} (${count})`,
            current === status,
          ),
        )}
        {link(base, 'All', current === undefined)}
      </ul>
    </nav>
  )
}
