import type { Resource } from '../../../payload-types'
import type { Locale } from '../i18n/messages'

import { type RawResource, type Term, findBySlug, relatedTerm } from './catalog'
import { type Localized, type Translations, pick, text } from './localized'
import { DEFAULT_TIME_ZONE, type Hours, type HoursException, type WeeklyHours } from './openNow'

export const STATUSES = ['active', 'temporarily-closed', 'closed', 'unverified'] as const
export type Status = (typeof STATUSES)[number]
export interface ResourceSummary {
  id: number
  slug: string
  title: Localized<string>
  summary: Localized<string> | null
  category: Term | null
  district: Term | null
  status: Status
}

export interface Attachment {
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
  alt: Localized<string> | null
  /** The CMS's preview image (made in the background), once it is ready. */
  preview: string | null
}

export const PHONE_KINDS = ['voice', 'mobile', 'whatsapp', 'sms', 'fax'] as const
export type PhoneKind = (typeof PHONE_KINDS)[number]

export interface Phone {
  /** As the editor wrote it, shown to the reader. */
  number: string
  /** E.164 (`+92…`) for `tel:` and `sms:`; the digits alone when it has no country code to infer. */
  e164: string
  kind: PhoneKind
  label: Localized<string> | null
}

/** An extra attribute with its category's label: only declared, filled-in attributes make one. */
export interface Detail {
  key: string
  label: Localized<string>
  type: 'text' | 'number' | 'boolean' | 'list'
  value: string | number | boolean | (string | number)[]
  unit: Localized<string> | null
}

export interface HoursExceptionView extends HoursException {
  label: Localized<string> | null
}

/** The HSDS-modelled profile: how to reach the service, when it is open, who may use it. */
export interface ResourceProfile {
  organization: { name: Localized<string>; website: string | null } | null
  phones: Phone[]
  email: string | null
  website: string | null
  /** True when phones, email and website are the provider organisation's (the resource has none). */
  contactFromOrganization: boolean
  address: { street: Localized<string> | null; town: Localized<string> | null; postalCode: string | null }
  landmark: Localized<string> | null
  /** Where to go: the location's point (GeoJSON is [lng, lat]). */
  point: { lat: number; lng: number } | null
  hours: Hours & { timeZone: string; hoursExceptions: HoursExceptionView[] }
  eligibility: Localized<string> | null
  fees: { kind: 'free' | 'paid' | null; note: Localized<string> | null }
  languages: string[]
  accessibility: string[]
  howToApply: Localized<string> | null
  documents: Localized<string> | null
  lastVerifiedAt: string | null
}

export interface ResourceView extends ResourceSummary, ResourceProfile {
  attachments: Attachment[]
  body: Localized<unknown> | null
  tags: Term[]
  details: Detail[]
  location: Resource['location']
  references: NonNullable<Resource['references']>
  provenance: Resource['provenance']
  updatedAt: string
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

/**
 * A number as `tel:` wants it. The directory's services are in Pakistan: a
 * national number (0…) gets +92, an international prefix (00…) becomes +.
 */
export const e164 = (number: string): string => {
  const digits = number.replace(/\D/g, '')
  if (number.trim().startsWith('+')) return `+${digits}`
  if (digits.startsWith('00')) return `+${digits.slice(2)}`
  if (digits.startsWith('0')) return `+92${digits.slice(1)}`
  return digits
}

const phonesOf = (value: unknown, locale: Locale): Phone[] =>
  (Array.isArray(value) ? value : []).flatMap((row): Phone[] => {
    if (!isObject(row) || typeof row.number !== 'string') return []
    const kind = (PHONE_KINDS as readonly string[]).includes(row.kind as string)
      ? (row.kind as PhoneKind)
      : 'voice'
    return [
      {
        number: row.number.trim(),
        e164: e164(row.number),
        kind,
        label: pick(row.label as Translations<string>, locale),
      },
    ]
  })

const pointOf = (location: unknown): ResourceProfile['point'] => {
  if (!isObject(location) || location.type !== 'Point' || !Array.isArray(location.coordinates)) return null
  const [lng, lat] = location.coordinates as unknown[]
  return typeof lng === 'number' && typeof lat === 'number' ? { lat, lng } : null
}

const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []

const profileOf = (doc: RawResource, locale: Locale): ResourceProfile => {
  const org = isObject(doc.organization) ? doc.organization : null
  const own = phonesOf(doc.phones, locale)
  const email = textOrNull(doc.email)
  const website = textOrNull(doc.website)
  // The provider's contacts stand in only when the resource gives none of its own.
  const borrow = !!org && own.length === 0 && !email && !website
  const address = isObject(doc.address) ? doc.address : {}
  const fees = isObject(doc.fees) ? doc.fees : {}
  return {
    organization: org
      ? { name: text(org.name as Translations<string>, locale), website: textOrNull(org.website) }
      : null,
    phones: borrow ? phonesOf(org.phones, locale) : own,
    email: borrow ? textOrNull(org.email) : email,
    website: borrow ? textOrNull(org.website) : website,
    contactFromOrganization: borrow,
    address: {
      street: pick(address.street as Translations<string>, locale),
      town: pick(address.town as Translations<string>, locale),
      postalCode: textOrNull(address.postalCode),
    },
    landmark: pick(doc.landmark as Translations<string>, locale),
    point: pointOf(doc.location),
    hours: {
      timeZone: textOrNull(doc.timeZone) ?? DEFAULT_TIME_ZONE,
      openingHours: (Array.isArray(doc.openingHours) ? doc.openingHours : []) as WeeklyHours[],
      hoursExceptions: (Array.isArray(doc.hoursExceptions) ? doc.hoursExceptions : []).map(
        (e: HoursException & { label?: unknown }) => ({
          ...e,
          label: pick(e.label as Translations<string>, locale),
        }),
      ),
    },
    eligibility: pick(doc.eligibility as Translations<string>, locale),
    fees: {
      kind: fees.kind === 'free' || fees.kind === 'paid' ? fees.kind : null,
      note: pick(fees.note as Translations<string>, locale),
    },
    languages: listOf(doc.languages),
    accessibility: listOf(doc.accessibility),
    howToApply: pick(doc.howToApply as Translations<string>, locale),
    documents: pick(doc.documentsToBring as Translations<string>, locale),
    lastVerifiedAt: textOrNull(doc.lastVerifiedAt),
  }
}

/**
 * The attributes the category declares, in its schema's order, labelled in
 * the reader's language. A key the schema does not declare is never shown:
 * a reader would see only a raw key.
 */
const detailsOf = (attributes: unknown, category: unknown, locale: Locale): Detail[] => {
  if (!isObject(attributes) || !isObject(category) || !Array.isArray(category.attributeSchema)) return []
  return (category.attributeSchema as unknown[]).flatMap((row): Detail[] => {
    if (!isObject(row) || typeof row.key !== 'string') return []
    const value = attributes[row.key]
    const label = pick(row.label as Translations<string>, locale)
    if (!label || value === null || value === undefined || value === '') return []
    const type = row.type as Detail['type']
    const fits =
      (type === 'text' && typeof value === 'string') ||
      (type === 'number' && typeof value === 'number') ||
      (type === 'boolean' && typeof value === 'boolean') ||
      (type === 'list' && Array.isArray(value) && value.length > 0)
    if (!fits) return []
    return [
      {
        key: row.key,
        label,
        type,
        value: value as Detail['value'],
        unit: pick(row.unit as Translations<string>, locale),
      },
    ]
  })
}

/** The words of a Lexical tree, whitespace collapsed. */
const plainText = (node: unknown): string => {
  if (!isObject(node)) return ''
  const own = typeof node.text === 'string' ? node.text : ''
  const children = Array.isArray(node.children) ? node.children.map(plainText).join(' ') : ''
  const root = isObject(node.root) ? plainText(node.root) : ''
  return `${own} ${children} ${root}`.replace(/\s+/g, ' ').trim()
}

/**
 * The body without the summary repeated: none when it says only what the
 * summary says, and without its first paragraph when that paragraph is the
 * summary (the page shows the summary just above).
 */
export const withoutSummary = (
  body: Localized<unknown> | null,
  summary: Localized<string> | null,
): Localized<unknown> | null => {
  if (!body || !summary) return body
  const words = summary.value.replace(/\s+/g, ' ').trim()
  if (plainText(body.value) === words) return null
  const root = isObject(body.value) && isObject(body.value.root) ? body.value.root : null
  const children = root && Array.isArray(root.children) ? root.children : []
  if (children.length > 1 && plainText(children[0]) === words)
    return { ...body, value: { ...(body.value as object), root: { ...root, children: children.slice(1) } } }
  return body
}

export const summaryOf = (doc: RawResource, locale: Locale): ResourceSummary => ({
  id: doc.id as number,
  slug: (doc.slug as string | null) ?? String(doc.id),
  title: text(doc.title as Translations<string>, locale),
  summary: pick(doc.summary as Translations<string>, locale),
  category: relatedTerm(doc.category, locale),
  district: relatedTerm(doc.district, locale),
  status: doc.status as Status,
})

const viewOf = (doc: RawResource, locale: Locale): ResourceView => {
  const summary = summaryOf(doc, locale)
  return {
    ...summary,
    ...profileOf(doc, locale),
    body: withoutSummary(pick(doc.body as Translations<unknown>, locale), summary.summary),
    tags: ((doc.tags as unknown[] | null) ?? []).flatMap((t) => relatedTerm(t, locale) ?? []),
    attachments: ((doc.attachments as unknown[] | null) ?? []).flatMap((file) => {
      // Unpopulated (an id) or withheld by the CMS's access rules: nothing to link to.
      if (!file || typeof file !== 'object' || !('url' in file) || !file.url) return []
      const f = file as {
        id?: number
        previewStatus?: string
        url: string
        filename?: string
        mimeType?: string
        filesize?: number
        alt?: unknown
      }
      return [
        {
          url: f.url,
          filename: f.filename ?? f.url.split('/').pop() ?? '',
          mimeType: f.mimeType ?? null,
          filesize: f.filesize ?? null,
          alt: pick(f.alt as Translations<string>, locale),
          preview: f.previewStatus === 'ready' ? `/api/files/${f.id}/preview` : null,
        },
      ]
    }),
    details: detailsOf(doc.attributes, doc.category, locale),
    location: doc.location as Resource['location'],
    references: (doc.references as Resource['references']) ?? [],
    provenance: doc.provenance as Resource['provenance'],
    updatedAt: doc.updatedAt as string,
  }
}

export const getResource = async (locale: Locale, slug: string) => {
  const doc = await findBySlug<Resource>('resources', slug)
  return doc ? viewOf(doc, locale) : null
}

/** The resource as a page renders it, from a document fetched elsewhere (previews). */
export const resourceView = (doc: RawResource, locale: Locale) => viewOf(doc, locale)
