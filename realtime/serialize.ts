import type { ChatMessage as Doc } from '../payload-types'
import type { ChatMessage } from './events'

const idOf = (value: unknown): null | number =>
  value == null ? null : typeof value === 'object' ? Number((value as { id: unknown }).id) : Number(value)

/** A stored message as clients see it: ids for relationships (names are added by names.ts). */
export const toChatMessage = (doc: Doc): ChatMessage => ({
  id: doc.id,
  room: idOf(doc.room) as number,
  author: idOf(doc.author),
  authorName: null,
  text: doc.deletedByModerator ? '' : doc.text,
  replyTo: idOf(doc.replyTo),
  pinned: Boolean(doc.pinned),
  edited: Boolean(doc.edited),
  deletedByModerator: Boolean(doc.deletedByModerator),
  createdAt: doc.createdAt,
  updatedAt: doc.updatedAt,
})
