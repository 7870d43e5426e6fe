import type { SynonymGroup } from '../postgres/tsquery'
import type { MeiliSettings } from './client'

import { meiliIndex, meiliTermsIndex } from './client'
import { mainIndexSettings, termsIndexSettings } from './ranking'
import { forgetMeiliSynonyms } from './synonymCache'

/**
 * Pushes the settings of both indexes (ranking.ts): the search index (the
 * folded fields searched in order of weight, ranking rules in PostgreSQL's
 * order, facet fields filterable, dates and the own-language fields
 * sortable, the editors' synonym groups) and the vocabulary index that
 * corrections are read from. Either is created if it does not exist yet.
 */
export const applyMeiliSettings = async (settings: MeiliSettings, synonyms: SynonymGroup[]) => {
  await Promise.all([
    meiliIndex(settings).updateSettings(mainIndexSettings(synonyms)).waitTask({ timeout: 30_000 }),
    meiliTermsIndex(settings).updateSettings(termsIndexSettings()).waitTask({ timeout: 30_000 }),
  ])
  forgetMeiliSynonyms()
}
