import type { Payload } from 'payload'

import { type RunResult, type TopicHandler, Dispatcher } from './dispatcher'
import { topicsOf } from './topics'

export interface StartOptions {
  /** Passed to the dispatcher (tests shorten them). */
  leaseMs?: number
  pollMs?: number
}

const running = new WeakMap<Payload, Dispatcher>()
const destroyWrapped = new WeakSet<Payload>()

/** A dispatcher for this CMS's database and registered topics; not started. */
export const createDispatcher = (payload: Payload, options: StartOptions = {}): Dispatcher => {
  const topics: Record<string, TopicHandler> = {}
  for (const [name, { handle, ...rest }] of topicsOf(payload)) {
    topics[name] = { ...rest, handle: (entry) => handle(entry, payload) }
  }
  return new Dispatcher({
    pool: payload.db.pool,
    listen: payload.db.poolOptions,
    topics,
    logger: payload.logger,
    ...options,
  })
}

/**
 * Starts this CMS's dispatcher (once; later calls return the same one). It
 * stops with `payload.destroy()`, so nothing is left listening.
 */
export const startDispatcher = async (payload: Payload, options: StartOptions = {}): Promise<Dispatcher> => {
  const existing = running.get(payload)
  if (existing) return existing
  const dispatcher = createDispatcher(payload, options)
  running.set(payload, dispatcher)
  if (!destroyWrapped.has(payload)) {
    destroyWrapped.add(payload)
    const destroy = payload.destroy
    payload.destroy = async () => {
      await stopDispatcher(payload)
      await destroy()
    }
  }
  await dispatcher.start()
  return dispatcher
}

export const stopDispatcher = async (payload: Payload): Promise<void> => {
  const dispatcher = running.get(payload)
  running.delete(payload)
  await dispatcher?.stop()
}

/**
 * Handles every entry that is due now, in this process, and returns when
 * none is left (entries waiting for a retry stay queued). For tests and
 * scripts; safe beside running dispatchers.
 */
export const drain = (payload: Payload): Promise<RunResult> =>
  createDispatcher(payload, { pollMs: 0 }).drain()
