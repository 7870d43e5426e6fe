import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/roles'
import { normaliseEmail, pickLocale } from './common'
import { sendVerification } from './verification'

/** Where beforeChange leaves an email change for the afterChange that mails and audits it. */
const CHANGE_KEY = 'accountTokens:emailChange'

interface EmailChange {
  from: string
  to: string
  /** The new address must be confirmed before the account signs in again. */
  confirm: boolean
}

/**
 * A changed email is unconfirmed: when a user changes their own, the account
 * becomes unverified (Payload then refuses its sign-ins and tokens) until the
 * link mailed to the new address is opened, so nobody can move an account to
 * an address they do not read. An admin's change (or the server's own) is
 * taken as confirmed: the admin vouches for it, and can untick "Email
 * confirmed" to ask for the link instead.
 */
export const prepareEmailChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || typeof data.email !== 'string' || !originalDoc) return data
  const from = normaliseEmail(String(originalDoc.email ?? ''))
  const to = normaliseEmail(data.email)
  if (from === to) return data
  const confirm = req.user != null && !hasRole(req.user, 'admin')
  req.context[CHANGE_KEY] = { from, to, confirm } satisfies EmailChange
  return confirm ? { ...data, _verified: false } : data
}

/**
 * After the change is written, in its transaction: the link to the new
 * address. The change itself is in the audit log as the users collection's
 * `update` event (plugins/audit), with the email's and `_verified`'s from
 * and to, and who made it.
 */
export const finishEmailChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const change = req.context[CHANGE_KEY] as EmailChange | undefined
  if (operation !== 'update' || !change) return doc
  delete req.context[CHANGE_KEY]
  if (change.confirm) {
    const account = { id: doc.id as number, email: change.to, name: (doc.name as string | null) ?? null }
    await sendVerification(req, account, pickLocale(req.locale))
  }
  return doc
}
