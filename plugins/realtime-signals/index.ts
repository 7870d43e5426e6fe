import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterLogoutHook,
  CollectionConfig,
  Config,
  PayloadRequest,
} from 'payload'

import type { ChatMember, ChatMessage, ChatRoom, User } from '../../payload-types'

import { sql } from '@payloadcms/db-postgres'

import { transactionDb } from '../../utilities/db'
import { CHANNEL, type Signal } from './signals'

/** Set on Local API calls made by the realtime sidecar, which tells its sockets itself. */
export const FROM_REALTIME = 'fromRealtime'

const idOf = (value: unknown) =>
  typeof value === 'number'
    ? value
    : value && typeof value === 'object'
      ? Number((value as { id: unknown }).id)
      : NaN

/**
 * Sends a signal inside the request's transaction: PostgreSQL delivers a
 * NOTIFY only when the transaction commits, so the sidecar never acts on a
 * change that was rolled back, and every sidecar node hears it.
 */
const notify = async (req: PayloadRequest, signal: Signal) => {
  if (req.context[FROM_REALTIME]) return
  const db = await transactionDb(req)
  await db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(signal)})`)
}

type Hooks = NonNullable<CollectionConfig['hooks']>

const memberMuted: CollectionAfterChangeHook<ChatMember> = async ({ doc, previousDoc, operation, req }) => {
  if (operation === 'update' && doc.mutedUntil !== previousDoc?.mutedUntil) {
    await notify(req, {
      type: 'member-muted',
      room: idOf(doc.room),
      user: idOf(doc.user),
      mutedUntil: doc.mutedUntil ?? null,
    })
  }
  return doc
}

const memberRemoved: CollectionAfterDeleteHook<ChatMember> = async ({ doc, req }) => {
  await notify(req, { type: 'member-removed', room: idOf(doc.room), user: idOf(doc.user) })
  return doc
}

const messageHidden: CollectionAfterChangeHook<ChatMessage> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && doc.deletedByModerator && !previousDoc?.deletedByModerator) {
    await notify(req, { type: 'message-deleted', room: idOf(doc.room), id: doc.id })
  }
  return doc
}

const messageDeleted: CollectionAfterDeleteHook<ChatMessage> = async ({ doc, req }) => {
  await notify(req, { type: 'message-deleted', room: idOf(doc.room), id: doc.id })
  return doc
}

const roomDeleted: CollectionAfterDeleteHook<ChatRoom> = async ({ doc, req }) => {
  await notify(req, { type: 'room-deleted', room: doc.id })
  return doc
}

const userChanged: CollectionAfterChangeHook<User> = async ({ doc, operation, req }) => {
  if (operation === 'update') await notify(req, { type: 'user-changed', user: doc.id })
  return doc
}

const userDeleted: CollectionAfterDeleteHook<User> = async ({ doc, req }) => {
  await notify(req, { type: 'user-changed', user: doc.id })
  return doc
}

const userLoggedOut: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user) await notify(req, { type: 'user-changed', user: req.user.id as number })
}

const hooksFor: Record<string, Hooks> = {
  'chat-members': { afterChange: [memberMuted], afterDelete: [memberRemoved] },
  'chat-messages': { afterChange: [messageHidden], afterDelete: [messageDeleted] },
  'chat-rooms': { afterDelete: [roomDeleted] },
  users: { afterChange: [userChanged], afterDelete: [userDeleted], afterLogout: [userLoggedOut] },
}

/**
 * Tells the realtime sidecar about changes made outside it (the admin, REST,
 * GraphQL, jobs): a member removed or muted, a message deleted, a room
 * deleted, a user logged out or changed. Its sockets act at once instead of
 * at their next event.
 */
export const realtimeSignalsPlugin =
  () =>
  (incoming: Config): Config => ({
    ...incoming,
    collections: (incoming.collections ?? []).map((collection) => {
      const extra = hooksFor[collection.slug]
      if (!extra) return collection
      const hooks = collection.hooks ?? {}
      const merged: Hooks = { ...hooks }
      for (const [name, list] of Object.entries(extra) as [keyof Hooks, unknown[]][]) {
        merged[name] = [...((hooks[name] as unknown[] | undefined) ?? []), ...list] as never
      }
      return { ...collection, hooks: merged }
    }),
  })
