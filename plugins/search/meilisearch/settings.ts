import type { SynonymGroup } from '../postgres/tsquery'
import type { MeiliSettings } from './client'

import { meiliIndex } from './client'

/**
 * Index settings both backends agree on: the folded fields searched in
 * order of weight, the facet fields filterable, dates sortable, typo
 * tolerance on, and the editors' synonym groups.
 */
export const applyMeiliSettings = async (settings: MeiliSettings, synonyms: SynonymGroup[]) => {
  const map: Record<string, string[]> = {}
  for (const group of synonyms) {
    const phrases = group.map((words) => words.join(' '))
    for (const phrase of phrases) map[phrase] = phrases.filter((other) => other !== phrase)
  }
  await meiliIndex(settings)
    .updateSettings({
      searchableAttributes: ['normTitle', 'normSummary', 'normBody', 'normTerms'],
      // One hit per document whichever locale's row matched, as in PostgreSQL.
      distinctAttribute: 'docKey',
      filterableAttributes: [
        'docKey',
        'locale',
        'type',
        'category',
        'district',
        'tags',
        'status',
        'publishedAt',
      ],
      sortableAttributes: ['publishedAt', 'docUpdatedAt'],
      typoTolerance: { enabled: true },
      synonyms: map,
      pagination: { maxTotalHits: 100_000 },
      faceting: { maxValuesPerFacet: 100 },
    })
    .waitTask({ timeout: 30_000 })
}
