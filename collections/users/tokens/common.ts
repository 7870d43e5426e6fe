import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'

import { MAIL_LOCALES, type MailLocale } from '../../../plugins/mail'
import { AppError } from '../../../utilities/errors'
import type { TokenProblem } from './token'

/** The users collection's slug, where these tokens live. */
export const USERS = 'users' as const

/** `en`, `ur` or `ps`; anything else (or nothing) is English. */
export const localeField = z.enum(MAIL_LOCALES, { error: `must be one of ${MAIL_LOCALES.join(', ')}` })

export const pickLocale = (value: unknown): MailLocale =>
  (MAIL_LOCALES as readonly unknown[]).includes(value) ? (value as MailLocale) : 'en'

/** A site page's path in `locale` (English pages have no prefix, as the site routes them). */
export const sitePath = (locale: MailLocale, path: string) => (locale === 'en' ? path : `/${locale}${path}`)

/** An email as Payload stores and looks it up: lowercased and trimmed. */
export const normaliseEmail = (email: string) => email.toLowerCase().trim()

const REFUSALS: Record<TokenProblem, string> = {
  invalid: 'token: this link is not valid (it was changed or cut short); ask for a new one',
  expired: 'token: this link has expired; ask for a new one',
  used: 'token: this link was already used, or a newer link replaced it; ask for a new one if you still need to',
}

/** A refused link: 400 naming `token`, with the reason the site shows (`invalid`, `expired`, `used`). */
export class TokenRefused extends AppError {
  constructor(readonly reason: TokenProblem) {
    super(400, REFUSALS[reason], 'token')
    this.name = 'TokenRefused'
  }

  override toBody() {
    return { ...super.toBody(), reason: this.reason }
  }
}

/**
 * Runs `work` and answers no sooner than `floorMs` after it started, so an
 * answer's time says nothing about which branch ran (a known email queues
 * mail, an unknown one does not). The floor sits well above the slow branch.
 */
export const withTimeFloor = async <T>(floorMs: number, work: () => Promise<T>): Promise<T> => {
  const started = performance.now()
  try {
    return await work()
  } finally {
    const left = floorMs - (performance.now() - started)
    if (left > 0) await sleep(left)
  }
}

/** The request's own transaction for `work`: committed when it succeeds, rolled back when it throws. */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
