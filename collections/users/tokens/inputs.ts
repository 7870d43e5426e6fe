import { z } from 'zod'

import { localeField } from './common'

const noNul = (value: string) => !value.includes('\u0000')
const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .refine(noNul, { message: 'must not contain NUL characters', abort: true })
    .pipe(z.string().min(1, 'is required').max(max, `must be at most ${max} characters`))

/** What each account step takes; `locale` is the language of the mail it sends. */
const email = z
  .string({ error: 'is required' })
  .refine(noNul, { message: 'must not contain NUL characters', abort: true })
  .pipe(z.email('must be an email address').max(254, 'must be at most 254 characters'))

export const inputs = {
  email: z.object({ email, locale: localeField.optional() }),
  token: z.object({ token: text(512), locale: localeField.optional() }),
  reset: z.object({ token: text(512), password: text(1024), locale: localeField.optional() }),
  // Strict: `roles`, `_verified` or anything else a reader might add is refused by name, not dropped.
  signup: z.object({ email, password: text(1024), name: text(120), locale: localeField.optional() }).strict(),
}
