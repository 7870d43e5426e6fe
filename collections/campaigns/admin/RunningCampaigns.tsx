import type { Payload, TypedUser } from 'payload'

import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { hasRole } from '../../../access/roles'
import { GOAL_UNITS, type GoalUnit } from '../goalUnits'
import { progressTotal } from '../progress'

const SHOWN = 8

const daysLeft = (endsAt: string, now: number) =>
  Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 86_400_000))

/**
 * Dashboard panel for editors: the campaigns running now, soonest to end
 * first, each with its progress against its goal and a link to its page.
 * Read with the signed-in user's access, like every dashboard panel.
 */
export async function RunningCampaigns({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user || !hasRole(user, 'admin', 'editor')) return null
  const now = new Date()
  const { docs, totalDocs } = await payload.find({
    collection: 'campaigns',
    where: {
      and: [
        { _status: { equals: 'published' } },
        { startsAt: { less_than_equal: now.toISOString() } },
        { endsAt: { greater_than: now.toISOString() } },
      ],
    },
    sort: 'endsAt',
    depth: 0,
    limit: SHOWN,
    select: { title: true, endsAt: true, goal: true, progress: true },
    overrideAccess: false,
    user,
  })
  if (totalDocs === 0) return null
  const base = `${payload.config.routes.admin}/collections/campaigns`
  return (
    <Gutter>
      <section
        aria-labelledby="running-campaigns-title"
        data-testid="running-campaigns"
        style={{ marginBlockEnd: 'var(--base)' }}
      >
        <h2 id="running-campaigns-title" className="dashboard__label">
          Running campaigns
        </h2>
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: 'var(--base)' }}>
          {docs.map((campaign) => {
            const reached = progressTotal(campaign.progress)
            const target = campaign.goal?.target ?? 0
            const unit = campaign.goal?.unit as GoalUnit | undefined
            const percent = target ? Math.min(100, Math.round((reached / target) * 100)) : 0
            const left = daysLeft(campaign.endsAt, now.getTime())
            const words = `${reached.toLocaleString('en')} of ${target.toLocaleString('en')} ${unit ? GOAL_UNITS[unit].en : ''} (${percent}%)`
            return (
              <li key={campaign.id} data-campaign={campaign.id}>
                <a href={`${base}/${campaign.id}`}>{campaign.title}</a>
                <span> · {left === 1 ? 'ends tomorrow' : `${left} days left`}</span>
                <br />
                <progress
                  max={target || 1}
                  value={Math.min(reached, target || 1)}
                  aria-label={`${campaign.title}: ${words}`}
                />{' '}
                <span>{words}</span>
              </li>
            )
          })}
        </ul>
        {totalDocs > SHOWN && (
          <a
            href={`${base}?sort=endsAt&where[startsAt][less_than_equal]=${encodeURIComponent(now.toISOString())}&where[endsAt][greater_than]=${encodeURIComponent(now.toISOString())}`}
          >
            All {totalDocs} running campaigns
          </a>
        )}
      </section>
    </Gutter>
  )
}
