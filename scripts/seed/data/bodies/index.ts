import type { BodySeed } from '../types'

import { educationBodies } from './education'
import { emergencyBodies } from './emergency'
import { healthBodies } from './health'
import { rightsBodies } from './rights'
import { supportBodies } from './support'
import { waterShelterBodies } from './water-shelter'

/**
 * Each resource template's body (2–3 short paragraphs per language that add
 * to the summary: what to expect, what to bring, practical advice), keyed by
 * the template's English title. Translations, not transliterations: Urdu in
 * Urdu, Pashto in Pashto.
 */
export const bodies: Readonly<Record<string, BodySeed>> = {
  ...healthBodies,
  ...educationBodies,
  ...waterShelterBodies,
  ...rightsBodies,
  ...supportBodies,
  ...emergencyBodies,
}
