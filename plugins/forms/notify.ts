import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import type { Form, FormSubmission } from '../../payload-types'
import type { Answer, FormBlock } from './checkAnswers'

import { queueMail, serverLink } from '../mail'
import { addressesOf } from './recipients'
import { FORMS_SLUG, type SubmissionLocale } from './rules'
import { idOf } from './validateSubmission'

/** The plugin's default subject: left as it is, the template's own (in the reader's language) says more. */
const PLUGIN_DEFAULT_SUBJECT = "You've received a new message."

const BOOLEAN_TYPES = new Set(['checkbox', 'consent'])

/** District names in the notice's language, for the district answers. */
const districtNames = async (req: PayloadRequest, ids: number[], locale: SubmissionLocale) => {
  if (ids.length === 0) return new Map<number, string>()
  const { docs } = await req.payload.find({
    collection: 'districts',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { name: true },
    locale,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((doc) => [doc.id, doc.name]))
}

/** The answers as the notice lists them: each under its field's label, in the form's order. */
export const answersForMail = async (
  req: PayloadRequest,
  blocks: FormBlock[],
  answers: Answer[],
  locale: SubmissionLocale,
) => {
  const byName = new Map(blocks.filter((b) => b.name).map((b) => [b.name!, b]))
  const districtIds = answers
    .filter((a) => byName.get(a.field)?.blockType === 'district')
    .map((a) => Number(a.value))
  const names = await districtNames(req, districtIds, locale)
  return answers.map((a) => {
    const block = byName.get(a.field)
    const label = block?.label?.trim() || a.field
    if (block && BOOLEAN_TYPES.has(block.blockType)) return { label, value: a.value === 'true' }
    if (block?.blockType === 'district') return { label, value: names.get(Number(a.value)) ?? a.value }
    if (block?.blockType === 'select') {
      const option = block.options?.find((o) => o.value === a.value)
      return { label, value: option?.label?.trim() || a.value }
    }
    return { label, value: a.value }
  })
}

const plainText = (richText: unknown): string | undefined => {
  if (!richText || typeof richText !== 'object' || !('root' in richText)) return undefined
  const text = convertLexicalToPlaintext({ data: richText as never }).trim()
  return text ? text.slice(0, 5000) : undefined
}

/**
 * Tells the form's recipients of a new submission, by mail queued in the
 * submission's own transaction (plugins/mail): sent after the commit by the
 * outbox, retried when the mail server is down, never inside the request
 * and never for a submission that was rolled back. Each address (To, CC and
 * BCC alike) gets a mail of its own, so no recipient sees another's address.
 * The plugin's own in-request sending is off (its `beforeEmail` answers []).
 */
export const queueNotifications: CollectionAfterChangeHook<FormSubmission> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const formId = idOf(doc.form)
  if (!formId) return doc
  const locale = (doc.locale ?? 'en') as SubmissionLocale
  const form: Form = await req.payload.findByID({
    collection: FORMS_SLUG,
    id: formId,
    depth: 0,
    locale,
    overrideAccess: true,
    req,
  })
  const rows = form.emails ?? []
  if (rows.length === 0) return doc
  const answers = await answersForMail(
    req,
    (form.fields ?? []) as FormBlock[],
    (doc.submissionData ?? []).map(({ field, value }) => ({ field, value })),
    locale,
  )
  const base = {
    formTitle: form.title,
    answers,
    submittedAt: new Date(doc.createdAt).toISOString(),
    link: serverLink(`/admin/collections/form-submissions/${doc.id}`),
  }
  for (const row of rows) {
    const recipients = new Set(
      [...addressesOf(row.emailTo), ...addressesOf(row.cc), ...addressesOf(row.bcc)].map((a) =>
        a.toLowerCase(),
      ),
    )
    const subject = row.subject && row.subject !== PLUGIN_DEFAULT_SUBJECT ? row.subject : undefined
    const intro = plainText(row.message)
    const replyTo = addressesOf(row.replyTo)[0]
    for (const to of recipients) {
      await queueMail(req, {
        to,
        template: 'form-submission',
        locale,
        ...(replyTo ? { replyTo } : {}),
        data: { ...base, ...(subject ? { subject } : {}), ...(intro ? { intro } : {}) },
      })
    }
  }
  return doc
}
