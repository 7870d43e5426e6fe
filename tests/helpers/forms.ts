import type { Payload } from 'payload'

import { randomInt } from 'node:crypto'

import { READER_ADDRESS_HEADER, SITE_SECRET_HEADER } from '../../collections/moderation/topics'
import { unique } from './fixtures'
import { ApiClient } from './rest'

/** A one-paragraph Lexical document (the plugin's confirmation message is required rich text). */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [{ type: 'text', text, version: 1, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

/** One field of each kind a form can have, in English; `district` must be a district's id to submit. */
export const everyField = () => [
  { blockType: 'text', name: 'full_name', label: 'Full name', required: true },
  { blockType: 'textarea', name: 'message', label: 'Message' },
  { blockType: 'email', name: 'email', label: 'Email', required: true },
  { blockType: 'number', name: 'age', label: 'Age', min: 5, max: 120 },
  {
    blockType: 'select',
    name: 'role',
    label: 'How will you help?',
    required: true,
    options: [
      { label: 'Volunteer', value: 'volunteer' },
      { label: 'Donor', value: 'donor' },
    ],
  },
  { blockType: 'checkbox', name: 'newsletter', label: 'Send me news' },
  { blockType: 'district', name: 'district', label: 'Your district', required: true },
  {
    blockType: 'consent',
    name: 'consent',
    label: 'I agree',
    statement: 'We keep your answers for the campaign only.',
  },
]

/** A form's data as an editor would send it. */
export const formData = (overrides: Record<string, unknown> = {}) => ({
  title: `Sign-up ${unique()}`,
  confirmationType: 'message',
  confirmationMessage: richText('Thank you'),
  fields: everyField(),
  ...overrides,
})

export const createForm = (payload: Payload, overrides: Record<string, unknown> = {}) =>
  payload.create({ collection: 'forms', data: formData(overrides) as never, overrideAccess: true })

/** Answers that fit `everyField()`. */
export const validAnswers = (district: number, overrides: Record<string, unknown> = {}) => ({
  full_name: `Ayesha Khan ${unique()}`,
  message: 'I can help on Saturdays.',
  email: 'ayesha@example.org',
  age: 34,
  role: 'volunteer',
  newsletter: true,
  district,
  consent: true,
  ...overrides,
})

/** A published running campaign with `form` attached and `editors` responsible for it. */
export const createCampaign = (payload: Payload, overrides: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'campaigns',
    data: {
      title: `Polio week ${unique()}`,
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      goal: { target: 500, unit: 'sign-ups' },
      _status: 'published',
      ...overrides,
    } as never,
    overrideAccess: true,
  })

/** A made-up reader address of the documentation ranges, new on each call. */
export const readerAddress = () => `198.51.${randomInt(0, 100)}.${randomInt(1, 255)}`

/**
 * A client that calls as the site does for a reader it vouches for
 * (SITE_CACHE_SECRET and the reader's address): each gets its own
 * allowance, so tests that are not about the limit never meet it.
 */
export const siteReader = (secret: string, address = readerAddress()) =>
  new ApiClient(undefined, { [SITE_SECRET_HEADER]: secret, [READER_ADDRESS_HEADER]: address })
