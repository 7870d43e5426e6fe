/**
 * `where` values checked against the field they query, before Payload turns
 * them into SQL: PostgreSQL refuses `integer = 'abc'`, an enum value that is
 * not one, `boolean = 'abc'` or a date it cannot read by failing the whole
 * statement, which Payload answers with a 500.
 */
import type { FlattenedField, SanitizedConfig } from 'payload'

import { badRequest } from '../../utilities/errors'
import { type PathKind, isSerialId, resolvePath } from './fields'
import { LIMITS } from './limits'

const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const TEXT_OPERATORS = new Set(['like', 'not_like'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isBoolean = (value: unknown) =>
  value === true || value === false || value === 'true' || value === 'false'

/** `near=lng,lat[,maxDistance[,minDistance]]`, as a string or a list. */
const isNear = (value: unknown) => {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every(
      (p) =>
        (typeof p === 'string' || typeof p === 'number') &&
        String(p).trim() !== '' &&
        Number.isFinite(Number(p)),
    )
  )
}

const coordinatesOk = (value: unknown, depth = 0): boolean =>
  Array.isArray(value) &&
  value.length > 0 &&
  depth < 4 &&
  value.every((v) => (typeof v === 'number' ? Number.isFinite(v) : coordinatesOk(v, depth + 1)))

/** A GeoJSON geometry for `within`/`intersects`, as an object or its JSON text. */
const isGeometry = (value: unknown) => {
  let geometry = value
  if (typeof value === 'string') {
    try {
      geometry = JSON.parse(value)
    } catch {
      return false
    }
  }
  return isObject(geometry) && typeof geometry.type === 'string' && coordinatesOk(geometry.coordinates)
}

/** Why one value cannot be compared with a field of this kind, or undefined when it can. */
const problemWith = (kind: PathKind, value: unknown): string | undefined => {
  if (kind.kind === 'id' && kind.polymorphic && isObject(value)) {
    return value.value === undefined ? undefined : problemWith({ ...kind, polymorphic: false }, value.value)
  }
  if (isObject(value) || Array.isArray(value)) return 'expected a single value'
  // The admin's "select all" sends `id not_equals ''`; Payload reads an empty value as none.
  if (value === null || value === 'null' || value === '') return undefined
  const text = String(value)
  switch (kind.kind) {
    case 'id':
      return kind.numeric && !isSerialId(text) ? 'must be an id (a whole number)' : undefined
    case 'number':
      return text.trim() === '' || !Number.isFinite(Number(text)) ? 'must be a number' : undefined
    case 'select':
      return kind.options.has(text) ? undefined : `must be one of ${[...kind.options].join(', ')}`
    case 'checkbox':
      return isBoolean(value) ? undefined : 'must be true or false'
    case 'date':
      return Number.isNaN(Date.parse(text)) ? 'must be a date (e.g. 2026-12-01)' : undefined
    default:
      return undefined
  }
}

const checkCondition = (kind: PathKind | undefined, operator: string, value: unknown, param: string) => {
  if (!OPERATORS.has(operator)) {
    throw badRequest(param, `${param}: unknown operator (use one of ${[...OPERATORS].join(', ')})`)
  }
  if (operator === 'exists') {
    if (!isBoolean(value)) throw badRequest(param, `${param}: must be true or false`)
    return
  }
  if (!kind) return
  if (GEO_OPERATORS.has(operator)) {
    if (kind.kind !== 'point') throw badRequest(param, `${param}: ${operator} works only on point fields`)
    const ok = operator === 'near' ? isNear(value) : isGeometry(value)
    if (!ok) {
      throw badRequest(
        param,
        operator === 'near'
          ? `${param}: give longitude,latitude[,maxDistance[,minDistance]] as numbers`
          : `${param}: give a GeoJSON geometry`,
      )
    }
    return
  }
  if (kind.kind === 'json' && (TEXT_OPERATORS.has(operator) || operator === 'contains')) {
    throw badRequest(
      param,
      `${param}: ${operator} works on a path inside the JSON (field.key), not on the whole field`,
    )
  }
  if (TEXT_OPERATORS.has(operator)) {
    // The admin's list search sends `id like <term>` for collections without a title field.
    if (kind.kind === 'text' || kind.kind === 'any' || kind.kind === 'id') return

    throw badRequest(param, `${param}: ${operator} works only on text fields`)
  }
  const values = LIST_OPERATORS.has(operator)
    ? Array.isArray(value)
      ? value
      : typeof value === 'string'
        ? value.split(',')
        : [value]
    : [value]
  for (const v of values) {
    const problem = problemWith(kind, v)
    if (problem) throw badRequest(param, `${param}: ${problem}`)
  }
}

/**
 * Refuses a `where` whose shape or values cannot be queried, with a 400
 * naming the parameter as it was sent (`where[status][equals]`). Paths that
 * are not fields are left to Payload, which refuses them itself.
 */
export const checkWhere = (
  config: SanitizedConfig,
  fields: FlattenedField[],
  numericIds: boolean,
  where: unknown,
  param = 'where',
  depth = 0,
): void => {
  if (!isObject(where)) {
    throw badRequest(param, `${param}: must be conditions, e.g. where[field][equals]=value`)
  }
  if (depth > LIMITS.maxWhereDepth) {
    throw badRequest(param, `${param}: and/or nested more than ${LIMITS.maxWhereDepth} deep`)
  }
  for (const [key, condition] of Object.entries(where)) {
    const here = `${param}[${key}]`
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const list = Array.isArray(condition)
        ? condition
        : isObject(condition)
          ? Object.values(condition)
          : null
      if (!list) throw badRequest(here, `${here}: must be a list of conditions`)
      list.forEach((inner, i) => checkWhere(config, fields, numericIds, inner, `${here}[${i}]`, depth + 1))
      continue
    }
    if (!isObject(condition)) {
      throw badRequest(here, `${here}: give an operator, e.g. ${here}[equals]=value`)
    }
    const kind = resolvePath(config, fields, key, numericIds)
    for (const [operator, value] of Object.entries(condition)) {
      checkCondition(kind, operator, value, `${here}[${operator}]`)
    }
  }
}
