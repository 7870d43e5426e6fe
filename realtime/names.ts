import type { Payload } from 'payload'

import { LRUCache } from 'lru-cache'

import type { ChatMessage as Doc } from '../payload-types'
import type { ChatMessage } from './events'

import { toChatMessage } from './serialize'

/**
 * Display names of message authors. Members may not read other users'
 * accounts, but a chat shows who said what: the name alone is looked up with
 * the sidecar's own access, and kept a few minutes.
 */
const names = new LRUCache<number, string>({ max: 10_000, ttl: 5 * 60_000 })

/** A user's name may have changed: the next message looks it up again. */
export const forgetName = (user: number) => void names.delete(user)

/** The name of a user the sidecar has just read (the socket's own user). */
export const rememberName = (user: { id: number; name?: null | string }) =>
  void names.set(user.id, user.name || `#${user.id}`)

/** The display name of `user` if known, without a lookup. */
export const knownName = (user: number) => names.get(user)

const authorOf = (doc: Doc) =>
  (typeof doc.author === 'object' && doc.author ? doc.author.id : doc.author) ?? null

/** Stored messages as clients see them, with their authors' display names. */
export const present = async (payload: Payload, docs: Doc[]): Promise<ChatMessage[]> => {
  const missing = [...new Set(docs.map(authorOf))].filter((id): id is number => id !== null && !names.has(id))
  if (missing.length > 0) {
    const { docs: users } = await payload.find({
      collection: 'users',
      where: { id: { in: missing } },
      select: { name: true },
      depth: 0,
      limit: missing.length,
      overrideAccess: true,
    })
    for (const user of users) names.set(user.id, user.name || `#${user.id}`)
  }
  return docs.map((doc) => {
    const author = authorOf(doc)
    return { ...toChatMessage(doc), authorName: author === null ? null : (names.get(author) ?? null) }
  })
}
