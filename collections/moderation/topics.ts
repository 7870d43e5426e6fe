/**
 * What a reader can say is wrong on a resource page, and where a correction
 * request stands. Plain constants (no Payload imports), so the site's form
 * offers exactly the values the CMS accepts.
 */
export const CORRECTION_TOPICS = [
  'phone',
  'address',
  'hours',
  'closed',
  'eligibility',
  'fees',
  'other',
] as const
export type CorrectionTopic = (typeof CORRECTION_TOPICS)[number]

export const CORRECTION_STATUSES = ['open', 'in-progress', 'resolved', 'dismissed'] as const
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number]

/** Longest message a reader may send. */
export const MESSAGE_MAX = 2000
/** Longest contact (an email address or a phone number). */
export const CONTACT_MAX = 200

/** The header that carries the site's shared secret (SITE_CACHE_SECRET) on a forwarded submission. */
export const SITE_SECRET_HEADER = 'x-hujra-site-secret'
/** The header that carries the reader's address, as the site saw it; trusted only with the secret. */
export const READER_ADDRESS_HEADER = 'x-hujra-reader-address'
/**
 * The header that carries the reader's User-Agent, as the site received it
 * (campaign metrics tell readers apart by address and agent); trusted only with the secret.
 */
export const READER_AGENT_HEADER = 'x-hujra-reader-agent'
