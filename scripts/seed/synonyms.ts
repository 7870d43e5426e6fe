import type { Payload } from 'payload'

import { synonymGroups } from './data/synonyms'

/** A group's terms in all three languages, each once. */
export const termsOf = (group: (typeof synonymGroups)[number]): string[] => [
  ...new Set([...group.en, ...group.ur, ...group.ps]),
]

/**
 * The default synonym groups search ships with, in English, Urdu and Pashto
 * (created once, matched by label; admins edit them afterwards, and a later
 * seed leaves their edits alone).
 */
export const seedSynonyms = async (payload: Payload): Promise<void> => {
  const { docs } = await payload.find({
    collection: 'search-synonyms',
    depth: 0,
    pagination: false,
    select: { label: true },
    overrideAccess: true,
  })
  const existing = new Set(docs.map((doc) => doc.label))
  for (const group of synonymGroups) {
    if (existing.has(group.label)) continue
    await payload.create({
      collection: 'search-synonyms',
      data: { label: group.label, terms: termsOf(group) },
      depth: 0,
      overrideAccess: true,
    })
  }
}
