/**
 * The query parameters Payload's own REST routes read, checked before
 * Payload sees them: pagination and depth as bounded whole numbers, flags as
 * booleans, locales that exist, sorts that are field paths, `where` against
 * the fields' types. Parameters Payload does not read are left alone.
 */
import type { FlattenedField, SanitizedConfig } from 'payload'

import { badRequest } from '../../utilities/errors'
import { LIMITS } from './limits'
import { checkWhere } from './where'

type Query = Record<string, unknown>

const FLAGS = [
  'draft',
  'trash',
  'autosave',
  'overrideLock',
  'flattenLocales',
  'showHiddenFields',
  'unpublishAllLocales',
]

const wholeNumber = (query: Query, name: string, min: number, max: number, hint = '') => {
  const value = query[name]
  if (value === undefined) return
  const text = typeof value === 'string' ? value : ''
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw badRequest(name, `${name}: must be a whole number from ${min} to ${max}${hint}`)
  }
}

export interface QueryTarget {
  fields: FlattenedField[]
  numericIds: boolean
  /** A list read (GET), where `limit=0` and `pagination=false` would mean "everything". */
  listRead: boolean
}

export const checkQuery = (config: SanitizedConfig, query: Query, target: QueryTarget) => {
  // Bulk PATCH and DELETE take limit=0 (the admin's "edit/delete all selected"); reads do not.
  wholeNumber(query, 'limit', target.listRead ? 1 : 0, LIMITS.maxLimit, ' (the most one request may ask for)')
  wholeNumber(query, 'page', 1, LIMITS.maxPage)
  wholeNumber(query, 'depth', 0, LIMITS.maxDepth, ' (relationship levels one request may populate)')
  if (query.pagination !== undefined) {
    if (query.pagination !== 'true' && query.pagination !== 'false') {
      throw badRequest('pagination', 'pagination: must be true or false')
    }
    if (query.pagination === 'false' && target.listRead) {
      throw badRequest(
        'pagination',
        `pagination: cannot be turned off; page through with limit ≤ ${LIMITS.maxLimit}`,
      )
    }
  }
  for (const flag of FLAGS) {
    const value = query[flag]
    if (value !== undefined && value !== 'true' && value !== 'false' && value !== '') {
      throw badRequest(flag, `${flag}: must be true or false`)
    }
  }
  const codes = config.localization ? config.localization.localeCodes : []
  if (
    query.locale !== undefined &&
    !(typeof query.locale === 'string' && [...codes, 'all', '*'].includes(query.locale))
  ) {
    throw badRequest('locale', `locale: must be one of ${[...codes, 'all'].join(', ')}`)
  }
  for (const name of ['fallbackLocale', 'fallback-locale']) {
    const value = query[name]
    if (
      value !== undefined &&
      !(typeof value === 'string' && [...codes, 'none', 'null', 'false', ''].includes(value))
    ) {
      throw badRequest(name, `${name}: must be one of ${[...codes, 'none'].join(', ')}`)
    }
  }
  if (query.sort !== undefined) {
    const sorts = Array.isArray(query.sort)
      ? query.sort
      : typeof query.sort === 'string'
        ? query.sort.split(',')
        : null
    if (!sorts || !sorts.every((s) => typeof s === 'string' && /^-?[A-Za-z_][\w.-]*$/.test(s.trim()))) {
      throw badRequest('sort', 'sort: give field names, comma-separated, each optionally prefixed with -')
    }
  }
  if (query.where !== undefined) checkWhere(config, target.fields, target.numericIds, query.where)
}
