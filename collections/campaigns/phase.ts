import type { FieldHook, PayloadRequest, SelectField } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../utilities/db'
import { requestLoader } from '../../utilities/requestLoader'

/**
 * Where a campaign stands. Never stored: it follows from the dates and from
 * whether a published version exists, so it cannot disagree with them (a
 * stored status would need a job to flip it at midnight, and would be wrong
 * whenever that job is late).
 */
export const CAMPAIGN_PHASES = ['draft', 'scheduled', 'running', 'ended'] as const
export type CampaignPhase = (typeof CAMPAIGN_PHASES)[number]

export interface PhaseInput {
  published: boolean
  startsAt?: string | null
  endsAt?: string | null
}

/** The phase at `now`: unpublished is a draft whatever its dates; then before, between or after them. */
export const campaignPhase = (
  { published, startsAt, endsAt }: PhaseInput,
  now = new Date(),
): CampaignPhase => {
  if (!published) return 'draft'
  const time = now.getTime()
  if (startsAt && time < Date.parse(startsAt)) return 'scheduled'
  if (endsAt && time >= Date.parse(endsAt)) return 'ended'
  return 'running'
}

/**
 * Whether readers see this campaign. A draft read (the admin's) returns the
 * latest version, which says `draft` whenever an edit is unpublished even
 * though a published version is live: then the published version is looked
 * up: for all the documents of one read in one query.
 */
const isPublished = async (req: PayloadRequest, id: number | string, status: unknown): Promise<boolean> => {
  if (status === 'published') return true
  return requestLoader<number, boolean>(
    req,
    'campaignPublished',
    async (ids) => {
      const db = await transactionDb(req)
      const { rows } = await db.execute(
        sql`select id from campaigns where id = any(${sql.param([...ids])}::int[]) and _status = 'published'`,
      )
      return new Map(rows.map((row) => [Number(row.id), true]))
    },
    false,
  ).load(Number(id))
}

const derivePhase: FieldHook = async ({ data, originalDoc, req }) => {
  const doc = (originalDoc ?? data ?? {}) as {
    id?: number | string
    _status?: string
    startsAt?: string | null
    endsAt?: string | null
  }
  const published =
    doc.id === undefined ? doc._status === 'published' : await isPublished(req, doc.id, doc._status)
  return campaignPhase({ published, startsAt: doc.startsAt, endsAt: doc.endsAt })
}

const PHASE_LABELS: Record<CampaignPhase, Record<'en' | 'ur' | 'ps', string>> = {
  draft: { en: 'Draft', ur: 'مسودہ', ps: 'مسوده' },
  scheduled: { en: 'Scheduled', ur: 'طے شدہ', ps: 'ټاکل شوی' },
  running: { en: 'Running', ur: 'جاری', ps: 'روان' },
  ended: { en: 'Ended', ur: 'ختم', ps: 'پای ته رسېدلی' },
}

/** The derived phase as a read-only field: in every read (REST, GraphQL, Local API), never in the table. */
export const phaseField: SelectField = {
  name: 'phase',
  type: 'select',
  virtual: true,
  options: CAMPAIGN_PHASES.map((value) => ({ value, label: PHASE_LABELS[value] })),
  admin: {
    readOnly: true,
    position: 'sidebar',
    description: 'From the dates and publication: draft until published, then scheduled, running or ended.',
  },
  hooks: {
    // Whatever a client sends is dropped: the phase is never input.
    beforeChange: [() => undefined],
    afterRead: [derivePhase],
  },
}
