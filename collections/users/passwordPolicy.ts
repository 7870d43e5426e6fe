import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as en from '@zxcvbn-ts/language-en'

import { PASSWORD_MAX, PASSWORD_MIN } from '../../site/src/i18n/passwordRule'
import { badRequest } from '../../utilities/errors'

/** The list of leaked passwords in zxcvbn-ts's common pack (the other lists are words, names, places). */
const COMMON_PASSWORDS = 'passwords-common'

/** Below this zxcvbn score (0–4) a password falls to a guessing attack within minutes offline. */
const MIN_SCORE = 2

/** The shortest part of an email or a name that counts when found in a password. */
const MIN_PERSONAL = 4

let zxcvbn: ZxcvbnFactory | undefined
// Built on first use: the dictionaries take a moment to rank.
const factory = () =>
  (zxcvbn ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    // zxcvbn's matching grows fast with length and with l33t-able characters
    // (128 × "a1" took 3 s here): it judges the first 32 characters, with
    // fewer l33t guesses, at most a few hundred milliseconds. No leaked
    // password it knows is longer, and a longer one that starts easy to
    // guess (`aaaa…`, `password1234…1111`) is still refused.
    maxLength: 32,
    l33tMaxSubstitutions: 16,
  }))

/**
 * Common: one leaked password from zxcvbn's list (l33t and reversal undone)
 * holds every letter, and the rest is digits and symbols (`password1234`,
 * `P@ssw0rd12345`, `iloveyou2024!`). Two list words in a phrase
 * (`tundra-violin-42`) are not one leaked password; the score floor catches
 * what is easy to guess without a list (`abcdefghijkl`, `111111111111`).
 */
const isCommon = (password: string): boolean => {
  const result = factory().check(password)
  if (result.score < MIN_SCORE) return true
  const hasLetters = (text: string) => /\p{L}/u.test(text)
  const leaked = result.sequence.filter(
    (m) => m.pattern === 'dictionary' && m.dictionaryName === COMMON_PASSWORDS && hasLetters(m.token),
  )
  const rest = result.sequence.filter((m) => !leaked.includes(m))
  return leaked.length === 1 && !rest.some((m) => hasLetters(m.token))
}

/** The parts of an email and a name a password must not contain: the local part, the name and each word of it. */
const personalParts = (email: unknown, name: unknown): string[] => {
  const parts: string[] = []
  if (typeof email === 'string') parts.push(email.split('@')[0] ?? '')
  if (typeof name === 'string') parts.push(name, ...name.split(/[\s.\-_]+/u))
  return parts.map((p) => p.trim().toLowerCase()).filter((p) => [...p].length >= MIN_PERSONAL)
}

/** Why `password` is refused, or undefined when it is acceptable. */
export const passwordProblem = (
  password: string,
  { email, name }: { email?: unknown; name?: unknown } = {},
): string | undefined => {
  const length = [...password].length
  if (length < PASSWORD_MIN) return `password: must be at least ${PASSWORD_MIN} characters`
  if (length > PASSWORD_MAX) return `password: must be at most ${PASSWORD_MAX} characters`
  const lower = password.toLowerCase()
  if (personalParts(email, name).some((part) => lower.includes(part))) {
    return 'password: must not contain your email or your name'
  }
  if (isCommon(password))
    return 'password: too common or too easy to guess; a few unrelated words make a strong one'
  return undefined
}

/** Throws the caller's 400 naming `password` when it breaks the rule. */
export const assertPassword = (password: string, person: { email?: unknown; name?: unknown }): void => {
  const problem = passwordProblem(password, person)
  if (problem) throw badRequest('password', problem)
}

type Args = { data?: Record<string, unknown>; id?: number | string; where?: Where }

/** The accounts an update writes: the one by id, or those its where matches (bulk edit). */
const updatedAccounts = async (req: PayloadRequest, args: Args) => {
  const where: Where | undefined = args.id !== undefined ? { id: { equals: args.id } } : args.where
  if (!where) return []
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    limit: 0,
    depth: 0,
    overrideAccess: true,
    select: { email: true, name: true },
    req,
  })
  return docs
}

/**
 * The password rule, where the plain password is in hand for every way one
 * is set: create and update (the admin, REST, GraphQL). A reset runs its own
 * check (users/tokens/reset.ts: Payload's resetPassword is refused). Skipped for the server's own Local API
 * calls without a user (seeding, scripts, tests' fixtures): every password
 * a person chooses comes through REST or GraphQL, or the Local API on a
 * user's behalf.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  if (req.payloadAPI === 'local' && !req.user) return args
  const { data } = args as Args
  const password = data?.password
  if (password === undefined || password === null) return args
  if (typeof password !== 'string') throw badRequest('password', 'password: must be text')
  if (operation === 'create') {
    assertPassword(password, { email: data?.email, name: data?.name })
  } else {
    const accounts = await updatedAccounts(req, args as Args)
    if (!accounts.length) assertPassword(password, { email: data?.email, name: data?.name })
    for (const account of accounts) {
      assertPassword(password, { email: data?.email ?? account.email, name: data?.name ?? account.name })
      // A new email or name in the same update is checked as well.
      assertPassword(password, { email: account.email, name: account.name })
    }
  }
  return args
}
