/**
 * The header that carries the reader's browser (their User-Agent) when the
 * site signs a reader in on their behalf; believed only with the site's
 * shared secret, like the reader's address (collections/moderation/topics.ts).
 * A plain constant, so the site can import it. It is for display only: a
 * session is bound (SESSION_BINDING) to the User-Agent the CMS itself sees.
 */
export const READER_AGENT_HEADER = 'x-hujra-reader-agent'
