/**
 * Types of the seed data modules (pure data: no I/O, no Payload imports).
 *
 * Every reader-facing string is a `LocalizedText` in English, Urdu and Pashto.
 * Urdu uses Urdu orthography (ی ک ہ ھ ے ٹ ڈ ڑ گ ں); Pashto uses Pashto
 * orthography (ي ی ې ۍ ک ه ټ ډ ړ ښ ږ ځ څ ګ ڼ). The two are never copies of
 * the English, and never copies of each other except for names that are
 * spelled the same in both scripts (e.g. مردان).
 */

import type { ResourceStatus } from '../../../collections/Resources/statuses'

export type Locale = 'en' | 'ur' | 'ps'

export interface LocalizedText {
  en: string
  ur: string
  ps: string
}

/** The seven administrative divisions of Khyber Pakhtunkhwa. */
export type Division = 'Peshawar' | 'Mardan' | 'Kohat' | 'Bannu' | 'Dera Ismail Khan' | 'Hazara' | 'Malakand'

export interface DistrictSeed {
  slug: string
  name: LocalizedText
  division: Division
  /** WGS84, GeoJSON order: [longitude, latitude]. A point inside the district. */
  centroid: [lng: number, lat: number]
  /** Radius (km) around `centroid` within which generated points stay roughly inside the district. */
  radiusKm: number
}

export interface CategorySeed {
  slug: string
  name: LocalizedText
  description: LocalizedText
  /** A Lucide icon name (https://lucide.dev/icons), kebab-case. */
  icon: string
  /** Every attribute key this category's templates write, with its label and type. */
  attributeSchema: readonly AttributeSchemaSeed[]
}

/** One row of `categories.attributeSchema` (fields/attributeSchema.ts). */
export interface AttributeSchemaSeed {
  key: string
  type: 'text' | 'number' | 'boolean' | 'list'
  label: LocalizedText
  /** Shown after a number ("PKR", "months"). */
  unit?: LocalizedText
}

export interface TagSeed {
  slug: string
  name: LocalizedText
}

/** An inclusive integer range `[min, max]`; the generator draws one integer from it. */
export type NumberRange = readonly [min: number, max: number]

/**
 * Value of a template attribute. Convention (shared with
 * `scripts/seed/generateResource.ts`):
 * - an array of exactly two numbers is a `[min, max]` range: an integer in it is drawn;
 * - anything else (string, number, boolean, array of strings) is copied as is.
 * Never write a literal pair of numbers that is not meant as a range.
 * Attribute values are not localised, so strings are language-neutral
 * (times, ISO 639 language codes, day names in English for machines).
 */
export type AttributeValue = string | number | boolean | NumberRange | readonly string[]

export type DayCode = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
export type TimeRange = readonly [opens: string, closes: string]

/**
 * The regular hours of this kind of place, for the profile's `openingHours`:
 * `'24h'` for day and night, or ranges (24-hour "HH:MM", several for a break,
 * overnight hours split at 24:00) on the listed days (Monday to Saturday when
 * absent; Friday keeps a midday prayer break where the ranges span it).
 */
export type HoursSeed = '24h' | { readonly ranges: readonly TimeRange[]; readonly days?: readonly DayCode[] }

/** A body of two or three short paragraphs per language, placeholders as in the title. */
export type BodySeed = Readonly<Record<Locale, readonly string[]>>

export interface ResourceTemplate<C extends string = string, T extends string = string> {
  /** Slug of a category in `categories.ts`. */
  category: C
  /**
   * Title with a `{place}` placeholder (filled from `places`, in the same
   * locale) and/or a `{district}` placeholder (filled from the district name).
   */
  title: LocalizedText
  /** One or two sentences; may use the same placeholders as `title`. */
  summary: LocalizedText
  /**
   * Optional relative weights of the operational status for resources made
   * from this template (e.g. seasonal relief camps are often closed). Weights
   * need not sum to 1; statuses left out have weight 0. When absent the
   * generator's default distribution applies.
   */
  statusWeights?: Readonly<Partial<Record<ResourceStatus, number>>>
  /** Slugs of tags in `tags.ts` that fit this kind of resource; the generator samples from them. */
  tags: readonly T[]
  /**
   * Only what the HSDS profile does not cover (beds, seats, amounts): hours
   * go in `hours`, languages in `languages`. Every key is declared in the
   * category's `attributeSchema`.
   */
  attributes: Readonly<Record<string, AttributeValue>>
  /** Regular opening hours; when absent the profile's default for the category applies. */
  hours?: HoursSeed
  /** Languages spoken (values of the profile's `languages`); when absent Urdu and Pashto (and sometimes more). */
  languages?: readonly string[]
}

export interface SourceSeed {
  name: string
  url: string
  /** SPDX identifier where one exists, otherwise a short description. */
  licence: string
}

export type { ResourceStatus }
