'use client'

import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { GOAL_UNITS, type GoalUnit } from '../goalUnits'

interface Day {
  day: string
  views: number
  reactions: number
  submissions: number
}
interface Figures {
  from: string
  to: string
  days: Day[]
  totals: Omit<Day, 'day'>
  allTime: Omit<Day, 'day'>
}

const RANGES = [7, 30, 90, 365] as const
const SERIES = [
  // Payload's own palette variables, so the chart follows the admin's light and dark themes.
  { key: 'views', label: 'Views', color: 'var(--theme-success-500)' },
  { key: 'reactions', label: 'Reactions', color: 'var(--theme-warning-500)' },
  { key: 'submissions', label: 'Form submissions', color: 'var(--theme-elevation-800)' },
] as const

const isoDay = (date: Date) => date.toISOString().slice(0, 10)
const number = (n: number) => n.toLocaleString()

/** Progress against the goal: the sum of the editors' updates (the `reached` field) over the target. */
function GoalProgress() {
  const reached = useFormFields(([fields]) => fields.reached?.value) as number | undefined
  const target = useFormFields(([fields]) => fields['goal.target']?.value) as number | undefined
  const unit = useFormFields(([fields]) => fields['goal.unit']?.value) as GoalUnit | undefined
  if (!target) return <p>Set a goal to see progress against it.</p>
  const done = reached ?? 0
  const percent = Math.min(100, Math.round((done / target) * 100))
  const words = `${number(done)} of ${number(target)} ${unit ? GOAL_UNITS[unit].en : ''} (${percent}%)`
  return (
    <div data-testid="goal-progress">
      <p style={{ marginBlockEnd: 'calc(var(--base) / 4)' }}>{words}</p>
      <progress
        max={target}
        value={Math.min(done, target)}
        aria-label={`Progress: ${words}`}
        style={{ width: '100%' }}
      />
    </div>
  )
}

/**
 * On the campaign's edit page: its progress against the goal, and views,
 * reactions and submissions per day (from campaign_metrics_daily through
 * `/api/campaign-metrics/:id`) as a chart, with the same figures as a table
 * for readers of the admin who do not see the chart.
 */
export function CampaignFigures() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [range, setRange] = useState<(typeof RANGES)[number]>(30)
  const [figures, setFigures] = useState<Figures | { error: string } | null>(null)
  const titleId = useId()

  useEffect(() => {
    if (!id) return
    const to = new Date()
    const from = new Date(to.getTime() - (range - 1) * 24 * 60 * 60 * 1000)
    const url = `${config.routes.api}/campaign-metrics/${id}?from=${isoDay(from)}&to=${isoDay(to)}`
    let current = true
    fetch(url, { credentials: 'include' })
      .then(async (res) =>
        res.ok ? ((await res.json()) as Figures) : { error: `The server answered ${res.status}` },
      )
      .catch(() => ({ error: 'Could not reach the server' }))
      .then((result) => current && setFigures(result))
    return () => {
      current = false
    }
  }, [config.routes.api, id, range])

  return (
    <section aria-labelledby={titleId} data-testid="campaign-figures" style={{ marginBlock: 'var(--base)' }}>
      <h3 id={titleId}>Reach</h3>
      <GoalProgress />
      {!id ? (
        <p>Figures appear once the campaign is saved and published.</p>
      ) : (
        <>
          <label style={{ display: 'block', marginBlock: 'var(--base)' }}>
            Days shown{' '}
            <select
              value={range}
              onChange={(e) => setRange(Number(e.target.value) as (typeof RANGES)[number])}
            >
              {RANGES.map((days) => (
                <option key={days} value={days}>
                  Last {days} days
                </option>
              ))}
            </select>
          </label>
          {figures === null && <p>Loading the figures…</p>}
          {figures && 'error' in figures && <p role="alert">{figures.error}</p>}
          {figures && 'days' in figures && (
            <>
              <p data-testid="figure-totals">
                In these days: {number(figures.totals.views)} views, {number(figures.totals.reactions)}{' '}
                reactions, {number(figures.totals.submissions)} form submissions. Since the start:{' '}
                {number(figures.allTime.views)} views, {number(figures.allTime.reactions)} reactions,{' '}
                {number(figures.allTime.submissions)} submissions.
              </p>
              {/* Hidden from screen readers, who get the same figures in the table below. */}
              <div style={{ width: '100%', height: 260 }} aria-hidden="true">
                <ResponsiveContainer>
                  <BarChart
                    accessibilityLayer={false}
                    data={figures.days}
                    margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
                  >
                    <CartesianGrid strokeDasharray="3 3" stroke="var(--theme-elevation-150)" />
                    <XAxis dataKey="day" tick={{ fontSize: 11 }} stroke="var(--theme-elevation-600)" />
                    <YAxis
                      allowDecimals={false}
                      tick={{ fontSize: 11 }}
                      stroke="var(--theme-elevation-600)"
                    />
                    <Tooltip contentStyle={{ background: 'var(--theme-elevation-0)' }} />
                    <Legend />
                    {SERIES.map((series) => (
                      <Bar
                        key={series.key}
                        dataKey={series.key}
                        name={series.label}
                        fill={series.color}
                        stackId="all"
                      />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <details>
                <summary>The figures as a table</summary>
                <table data-testid="figure-table">
                  <thead>
                    <tr>
                      <th scope="col">Day</th>
                      {SERIES.map((series) => (
                        <th key={series.key} scope="col">
                          {series.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {figures.days.map((row) => (
                      <tr key={row.day}>
                        <th scope="row">{row.day}</th>
                        {SERIES.map((series) => (
                          <td key={series.key}>{number(row[series.key])}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </>
      )}
    </section>
  )
}
