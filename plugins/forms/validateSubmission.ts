import type { CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'
import { ValidationError } from 'payload'

import { transactionDb } from '../../utilities/db'
import { type AnswerError, type FormBlock, checkAnswers } from './checkAnswers'
import { FORMS_SLUG, SUBMISSIONS_SLUG } from './rules'

/** A relationship's id, whether given as the id or as the populated document. */
export const idOf = (value: unknown): number | undefined => {
  const raw = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  const id = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined
}

const refuse = (req: PayloadRequest, errors: AnswerError[]) =>
  new ValidationError({ collection: SUBMISSIONS_SLUG, errors, req })

interface FormWindow {
  opensAt?: string | null
  closesAt?: string | null
  maxSubmissions?: number | null
}

const dateText = (iso: string) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * Closed, not yet open or full. Two answers racing for a form's last place
 * must not both get it: a transaction-scoped advisory lock on the form makes
 * the second wait for the first to commit, then count again.
 */
const whyClosed = async (
  req: PayloadRequest,
  formId: number,
  form: FormWindow,
): Promise<string | undefined> => {
  const now = Date.now()
  if (form.opensAt && Date.parse(form.opensAt) > now)
    return `form: this form opens at ${dateText(form.opensAt)}`
  if (form.closesAt && Date.parse(form.closesAt) <= now) return 'form: this form is closed'
  if (typeof form.maxSubmissions === 'number') {
    const db = await transactionDb(req)
    await db.execute(sql`select pg_advisory_xact_lock(hashtext('hujra:form-submissions'), ${formId})`)
    const { totalDocs } = await req.payload.count({
      collection: SUBMISSIONS_SLUG,
      where: { form: { equals: formId } },
      overrideAccess: true,
      req,
    })
    if (totalDocs >= form.maxSubmissions) return 'form: this form has all the answers it can take'
  }
  return undefined
}

const existingDistricts = (req: PayloadRequest) => async (ids: number[]) => {
  const { docs } = await req.payload.find({
    collection: 'districts',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => doc.id))
}

/**
 * The check every submission goes through, whichever door it came in by
 * (the submit endpoint, the Local API, REST or GraphQL if an override ever
 * opens them): the form must exist and take answers now, and the answers
 * must fit it (checkAnswers). Refusals are Payload's ValidationError, one
 * entry per field (`path` is the form field's name), which REST, GraphQL
 * and the request kernel all answer with 400.
 */
export const validateSubmission: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (!data) return data
  if (operation === 'update' && !('submissionData' in data) && !('form' in data)) return data
  const formId = idOf(data.form ?? originalDoc?.form)
  if (!formId) throw refuse(req, [{ path: 'form', message: 'form: give the id of a form' }])
  const form = await req.payload.findByID({
    collection: FORMS_SLUG,
    id: formId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (!form) throw refuse(req, [{ path: 'form', message: `form: no form has id ${formId}` }])

  if (operation === 'create') {
    const closed = await whyClosed(req, formId, form as FormWindow)
    if (closed) throw refuse(req, [{ path: 'form', message: closed }])
  }
  const submissionData = 'submissionData' in data ? data.submissionData : originalDoc?.submissionData
  const { answers, errors } = await checkAnswers((form.fields ?? []) as FormBlock[], submissionData, {
    existingDistricts: existingDistricts(req),
  })
  if (errors.length > 0) throw refuse(req, errors)
  return { ...data, form: formId, submissionData: answers }
}
