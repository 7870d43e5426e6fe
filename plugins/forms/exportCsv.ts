import type { Payload } from 'payload'

import contentDisposition from 'content-disposition'
import { stringify } from 'csv-stringify/sync'
import { z } from 'zod'

import type { Form } from '../../payload-types'
import type { FormBlock } from './checkAnswers'

import { recordAuditEvent } from '../audit/recordEvent'
import { defineEndpoint } from '../../utilities/endpoint'
import { forbidden, notFound, unauthorized } from '../../utilities/errors'
import { canReadSubmissionsOf } from './access'
import { FIELD_TYPES, FORMS_SLUG, SUBMISSION_LOCALES, type SubmissionLocale, SUBMISSIONS_SLUG } from './rules'

/** Submissions read per query while the file streams out. */
export const EXPORT_PAGE = 500

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) or that
 * starts with a tab or CR is prefixed with `'`, so opening the export never
 * runs what a submitter typed (CSV injection, OWASP).
 */
export const safeCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

const row = (cells: string[]) => stringify([cells.map(safeCell)], { record_delimiter: '\r\n' })

/** The form's fields that take answers, in its order: the export's columns after the time. */
export const csvColumns = (form: Pick<Form, 'fields'>): FormBlock[] =>
  ((form.fields ?? []) as FormBlock[]).filter(
    (block) => !!block.name && (FIELD_TYPES as readonly string[]).includes(block.blockType),
  )

/** District names in the export's language, for a page's district answers. */
const districtNames = async (payload: Payload, ids: number[], locale: SubmissionLocale) => {
  if (ids.length === 0) return new Map<number, string>()
  const { docs } = await payload.find({
    collection: 'districts',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { name: true },
    locale,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [doc.id, doc.name]))
}

/**
 * The rows after the header, a page at a time (keyset on the id, so answers
 * arriving during the export neither repeat nor shift a page), as the
 * response's body pulls them: the whole export is never in memory.
 */
export const csvStream = (
  payload: Payload,
  formId: number,
  columns: FormBlock[],
  locale: SubmissionLocale,
  pageSize = EXPORT_PAGE,
) => {
  const encoder = new TextEncoder()
  let after = 0
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true
        // The BOM tells Excel the file is UTF-8, or Urdu and Pashto answers come out as mojibake.
        const header = ['Submitted at', ...columns.map((c) => c.label?.trim() || c.name!)]
        controller.enqueue(encoder.encode(`\uFEFF${row(header)}`))
        return
      }
      const { docs } = await payload.find({
        collection: SUBMISSIONS_SLUG,
        where: { and: [{ form: { equals: formId } }, { id: { greater_than: after } }] },
        sort: 'id',
        limit: pageSize,
        pagination: false,
        depth: 0,
        select: { submissionData: true, createdAt: true },
        // Access was checked before the first byte; this runs after the handler returned.
        overrideAccess: true,
      })
      if (docs.length === 0) {
        controller.close()
        return
      }
      after = docs.at(-1)!.id
      const districtColumns = new Set(columns.filter((c) => c.blockType === 'district').map((c) => c.name!))
      const ids = docs.flatMap((doc) =>
        (doc.submissionData ?? []).filter((a) => districtColumns.has(a.field)).map((a) => Number(a.value)),
      )
      const names = await districtNames(payload, [...new Set(ids)], locale)
      const text = docs
        .map((doc) => {
          const answers = new Map((doc.submissionData ?? []).map((a) => [a.field, a.value]))
          return row([
            new Date(doc.createdAt).toISOString(),
            ...columns.map((c) => {
              const value = answers.get(c.name!) ?? ''
              return districtColumns.has(c.name!) && value ? (names.get(Number(value)) ?? value) : value
            }),
          ])
        })
        .join('')
      controller.enqueue(encoder.encode(text))
    },
  })
}

/**
 * `GET /api/forms/:id/submissions.csv`: a form's submissions as a
 * spreadsheet, for whoever may read them (admins; editors of the form's
 * campaign). One column per field of the form, in its order, headed by its
 * label in `locale`, after the time it was submitted. Each export leaves a
 * `submissions-exported` audit event: the answers are personal data.
 */
export const exportSubmissionsEndpoint = defineEndpoint({
  method: 'get',
  path: '/:id/submissions.csv',
  params: z.object({
    id: z.coerce.number('must be the id of a form').int().positive('must be the id of a form'),
  }),
  query: z.object({
    locale: z.enum(SUBMISSION_LOCALES, `must be one of ${SUBMISSION_LOCALES.join(', ')}`).default('en'),
  }),
  handler: async ({ req, params: { id }, query: { locale } }) => {
    if (!req.user) throw unauthorized()
    const form = (await req.payload.findByID({
      collection: FORMS_SLUG,
      id,
      depth: 0,
      locale,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as Form | null
    if (!form) throw notFound(`id: no form has id ${id}`, 'id')
    if (!(await canReadSubmissionsOf(req, id))) throw forbidden()

    const columns = csvColumns(form)
    const { totalDocs } = await req.payload.count({
      collection: SUBMISSIONS_SLUG,
      where: { form: { equals: id } },
      overrideAccess: true,
      req,
    })
    await recordAuditEvent(req, {
      type: 'submissions-exported',
      subjectCollection: FORMS_SLUG,
      subjectId: id,
      diff: { export: { to: { format: 'csv', locale, submissions: totalDocs } } },
    })
    return new Response(csvStream(req.payload, id, columns, locale), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': contentDisposition(`form-${id}-submissions.csv`),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
})
