import type { FieldHook, PayloadRequest, SelectField } from 'payload'

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
 * up, once per document and request.
 */
const isPublished = async (req: PayloadRequest, id: number | string, status: unknown): Promise<boolean> => {
  if (status === 'published') return true
  const cache = ((req.context.campaignPublished as Map<string, Promise<boolean>> | undefined) ??= new Map())
  const key = String(id)
  let found = cache.get(key)
  if (!found) {
    found = req.payload
      .count({
        collection: 'campaigns',
        where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
      .then(({ totalDocs }) => totalDocs > 0)
    cache.set(key, found)
  }
  return found
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
