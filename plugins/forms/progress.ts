import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../utilities/db'
import { requestLoader } from '../../utilities/requestLoader'
import { FORMS_SLUG, SUBMISSIONS_SLUG } from './rules'

/**
 * What a form's answers add to its campaign's progress: the number of its
 * submissions when the form says they count (`countsTowardProgress`), else
 * 0. Spam refused at the door is never a submission, so it never counts.
 */
export const countedSubmissions = async (
  payload: Payload,
  formId: number,
  req?: PayloadRequest,
): Promise<number> => {
  const form = await payload.findByID({
    collection: FORMS_SLUG,
    id: formId,
    depth: 0,
    select: { countsTowardProgress: true },
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
  })
  if (!form?.countsTowardProgress) return 0
  const { totalDocs } = await payload.count({
    collection: SUBMISSIONS_SLUG,
    where: { form: { equals: formId } },
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return totalDocs
}

/**
 * The same figure for every form a request reads, in one query: a list of
 * campaigns asks for each one's form, and they are answered together (the
 * request's transaction, so an answer just saved in it counts).
 */
export const countedSubmissionsFor = (req: PayloadRequest, formId: number): Promise<number> =>
  requestLoader<number, number>(
    req,
    'countedSubmissions',
    async (ids) => {
      const db = await transactionDb(req)
      const { rows } = await db.execute(sql`
        select f.id, count(s.id)::int as answers
        from forms f left join form_submissions s on s.form_id = f.id
        where f.id = any(${sql.param([...ids])}::int[]) and f.counts_toward_progress
        group by f.id`)
      return new Map(rows.map((row) => [Number(row.id), Number(row.answers)]))
    },
    0,
  ).load(formId)
