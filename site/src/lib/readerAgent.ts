import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The reader's User-Agent for the length of their request, so every CMS call
 * the site makes on their behalf (`cmsAs`) carries the browser the session
 * was started with. Without it the CMS would see Node's own agent on those
 * calls: its sessions list would say "Unknown browser", and SESSION_BINDING
 * would end a site session on its first use. Set once per request by the
 * middleware.
 */
const store = new AsyncLocalStorage<string>()

export const withReaderAgent = <T>(userAgent: string | null, run: () => T): T => store.run(userAgent ?? '', run)

/** The User-Agent of the reader whose request is being served, if any. */
export const readerAgent = (): string | undefined => store.getStore() || undefined
