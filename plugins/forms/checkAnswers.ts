import { z } from 'zod'

import { EMAIL_MAX, FIELD_TYPES, type FieldType, TEXT_MAX, TEXTAREA_MAX } from './rules'

/** A form's field as stored (one block of its `fields`). */
export interface FormBlock {
  blockType: string
  name?: string | null
  label?: string | null
  required?: boolean | null
  options?: { value?: string | null; label?: string | null }[] | null
  min?: number | null
  max?: number | null
}

/** One stored answer, as the plugin's `submissionData` holds it: every value as text. */
export interface Answer {
  field: string
  value: string
}

/** A refusal, naming the form field it is about (or `submissionData` when the shape is wrong). */
export interface AnswerError {
  path: string
  message: string
}

export interface CheckOptions {
  /** The ids among `ids` that are districts. */
  existingDistricts: (ids: number[]) => Promise<Set<number>>
}

const email = z.email()

/**
 * Control characters other than tab and newline carry nothing a reader of
 * the answers needs and can hide text in a spreadsheet; CR LF becomes LF.
 */
const plain = (value: string) =>
  value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim()

/** Length as a person counts it: code points, so an emoji is one, not two. */
const length = (value: string) => [...value].length

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

type Verdict = { ok: true; value: string | undefined } | { ok: false; message: string }

const ok = (value: string | undefined): Verdict => ({ ok: true, value })
const no = (message: string): Verdict => ({ ok: false, message })

const asBoolean = (value: unknown): boolean | undefined => {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false' || isBlank(value)) return false
  return undefined
}

const asNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  if (typeof value === 'string' && /^\s*-?\d{1,15}(\.\d{1,10})?\s*$/.test(value)) return Number(value)
  return undefined
}

const text =
  (max: number, multiline: boolean) =>
  (value: unknown): Verdict => {
    if (typeof value !== 'string') return no('must be text')
    const cleaned = multiline ? plain(value) : plain(value).replace(/[\n\t]+/g, ' ')
    if (length(cleaned) > max) return no(`must be at most ${max} characters`)
    return ok(cleaned || undefined)
  }

/** Checks one answer against its block (blank answers are handled before). */
const checkers: Record<Exclude<FieldType, 'district'>, (value: unknown, block: FormBlock) => Verdict> = {
  text: text(TEXT_MAX, false),
  textarea: text(TEXTAREA_MAX, true),
  email: (value) => {
    if (typeof value !== 'string') return no('must be an email address')
    const trimmed = value.trim()
    if (length(trimmed) > EMAIL_MAX) return no(`must be at most ${EMAIL_MAX} characters`)
    return email.safeParse(trimmed).success ? ok(trimmed) : no('must be an email address')
  },
  number: (value, block) => {
    const n = asNumber(value)
    if (n === undefined) return no('must be a number')
    if (typeof block.min === 'number' && n < block.min) return no(`must be at least ${block.min}`)
    if (typeof block.max === 'number' && n > block.max) return no(`must be at most ${block.max}`)
    return ok(String(n))
  },
  select: (value, block) => {
    const allowed = (block.options ?? []).map((o) => o.value).filter((v): v is string => !!v)
    return typeof value === 'string' && allowed.includes(value)
      ? ok(value)
      : no(`must be one of ${allowed.join(', ')}`)
  },
  checkbox: (value, block) => {
    const checked = asBoolean(value)
    if (checked === undefined) return no('must be true or false')
    if (block.required && !checked) return no('must be ticked')
    return ok(String(checked))
  },
  consent: (value) => (asBoolean(value) === true ? ok('true') : no('must be ticked to send the form')),
}

/** Ticking boxes: a box left unticked is an answer too ("false"), and consent is never optional. */
const ALWAYS_ANSWERED = new Set<string>(['checkbox', 'consent'])

const entriesOf = (submissionData: unknown): { entries: [string, unknown][]; errors: AnswerError[] } => {
  if (submissionData === undefined || submissionData === null) return { entries: [], errors: [] }
  if (!Array.isArray(submissionData))
    return {
      entries: [],
      errors: [{ path: 'submissionData', message: 'submissionData: must be a list of answers' }],
    }
  const entries: [string, unknown][] = []
  const errors: AnswerError[] = []
  const seen = new Set<string>()
  submissionData.forEach((item: unknown, index) => {
    const field = (item as { field?: unknown } | null)?.field
    if (!item || typeof item !== 'object' || typeof field !== 'string' || field === '') {
      errors.push({
        path: `submissionData.${index}`,
        message: `submissionData.${index}: must be { field, value }`,
      })
    } else if (seen.has(field)) {
      errors.push({ path: field, message: `${field}: answered twice` })
    } else {
      seen.add(field)
      entries.push([field, (item as { value?: unknown }).value])
    }
  })
  return { entries, errors }
}

/**
 * A submission's answers against its form: every answer must be for a field
 * of the form, of the field's type and within its limits, every required
 * field answered, a district an existing district's id and consent given.
 * Returns the answers as they are stored (in the form's order, text cleaned,
 * booleans and numbers as text) or every problem, each naming its field.
 */
export const checkAnswers = async (
  blocks: FormBlock[],
  submissionData: unknown,
  { existingDistricts }: CheckOptions,
): Promise<{ answers: Answer[]; errors: AnswerError[] }> => {
  const { entries, errors } = entriesOf(submissionData)
  const given = new Map(entries)
  const fields = blocks.filter(
    (block): block is FormBlock & { name: string } =>
      typeof block.name === 'string' && (FIELD_TYPES as readonly string[]).includes(block.blockType),
  )
  const known = new Set(fields.map((block) => block.name))
  for (const [name] of entries) {
    if (!known.has(name)) errors.push({ path: name, message: `${name}: this form has no such field` })
  }

  const answers: Answer[] = []
  const districts: { answer: Answer; id: number }[] = []
  for (const block of fields) {
    const { name } = block
    const value = given.get(name)
    if (isBlank(value) && !ALWAYS_ANSWERED.has(block.blockType)) {
      if (block.required) errors.push({ path: name, message: `${name}: required` })
      continue
    }
    if (block.blockType === 'district') {
      const id = asNumber(value)
      if (id === undefined || !Number.isInteger(id) || id <= 0) {
        errors.push({ path: name, message: `${name}: must be the id of a district` })
        continue
      }
      const answer = { field: name, value: String(id) }
      districts.push({ answer, id })
      answers.push(answer)
      continue
    }
    const verdict = checkers[block.blockType as Exclude<FieldType, 'district'>](value, block)
    if (!verdict.ok) errors.push({ path: name, message: `${name}: ${verdict.message}` })
    else if (verdict.value === undefined) {
      if (block.required) errors.push({ path: name, message: `${name}: required` })
    } else answers.push({ field: name, value: verdict.value })
  }

  if (districts.length > 0) {
    const found = await existingDistricts([...new Set(districts.map((d) => d.id))])
    for (const { answer, id } of districts) {
      if (!found.has(id))
        errors.push({ path: answer.field, message: `${answer.field}: no district has id ${id}` })
    }
  }
  return { answers, errors }
}
