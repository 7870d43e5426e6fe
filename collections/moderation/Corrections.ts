import type { Access, CollectionAfterChangeHook, CollectionConfig, FieldHook } from 'payload'

import type { Correction } from '../../payload-types'

import { isAdmin } from '../../access/isAdmin'
import { hasRole } from '../../access/roles'
import { recordAuditEvent } from '../../plugins/audit/recordEvent'
import { submitCorrectionEndpoint } from './submitCorrection'
import { CONTACT_MAX, CORRECTION_STATUSES, CORRECTION_TOPICS, MESSAGE_MAX } from './topics'

export { CORRECTION_STATUSES, CORRECTION_TOPICS } from './topics'

/** Moderators, editors and admins work the review queue. */
const handlesCorrections: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'moderator')

/** What the reader wrote stays as written: an update keeps the stored value. */
const asWritten: FieldHook = ({ operation, previousValue, value }) =>
  operation === 'update' ? previousValue : value

const statusChanged = (args: Parameters<FieldHook>[0]): boolean =>
  args.operation === 'update' && !!args.req.user && args.siblingData?.status !== args.originalDoc?.status

/** Whoever changes a correction's status is recorded as handling it, and when; nobody sets these by hand. */
const handler: FieldHook = (args) => (statusChanged(args) ? args.req.user!.id : args.previousValue)
const handledAt: FieldHook = (args) => (statusChanged(args) ? new Date().toISOString() : args.previousValue)

const CLOSED = new Set<string>(['resolved', 'dismissed'])

/**
 * Closing a request is what moderators are answerable for, so it gets an
 * event of its own (`correction-handled`, with the outcome), beside the
 * generic update event, and can be filtered for in the audit log.
 */
const auditHandled: CollectionAfterChangeHook<Correction> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || !CLOSED.has(doc.status) || previousDoc?.status === doc.status) return doc
  await recordAuditEvent(req, {
    type: 'correction-handled',
    subjectCollection: 'corrections',
    subjectId: doc.id,
    diff: { status: { from: previousDoc?.status, to: doc.status } },
  })
  return doc
}

/**
 * Corrections readers send from a resource page ("the phone number is wrong"),
 * without an account. They are created only by the site's correction endpoint
 * (which rate-limits and filters spam); nobody creates one through REST or
 * GraphQL. Staff see them in the admin's Moderation group beside chat reports.
 */
export const Corrections: CollectionConfig = {
  slug: 'corrections',
  labels: { singular: 'Correction request', plural: 'Correction requests' },
  admin: {
    group: 'Moderation',
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'resource', 'topic', 'status', 'locale', 'createdAt', 'handledBy'],
    listSearchableFields: ['summary', 'message', 'contact'],
    description: 'What readers say is wrong on a resource page. Change the status when you have handled it.',
    components: { beforeListTable: ['/collections/moderation/admin/StatusTabs#StatusTabs'] },
  },
  // The queue is worked oldest-open-last: the newest request first.
  defaultSort: '-createdAt',
  endpoints: [submitCorrectionEndpoint],
  hooks: { afterChange: [auditHandled] },
  access: {
    read: handlesCorrections,
    create: () => false,
    update: handlesCorrections,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'resource',
      type: 'relationship',
      relationTo: 'resources',
      required: true,
      index: true,
      admin: {
        readOnly: true,
        // In the list: the resource's title, linking to its edit page.
        components: { Cell: '/collections/moderation/admin/ResourceCell#ResourceCell' },
      },
      hooks: { beforeChange: [asWritten] },
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      options: [...CORRECTION_TOPICS],
      admin: { readOnly: true },
      hooks: { beforeChange: [asWritten] },
    },
    // A short line for the list view: the first words of the message.
    {
      name: 'summary',
      type: 'text',
      maxLength: 120,
      admin: { readOnly: true },
      hooks: { beforeChange: [asWritten] },
    },
    {
      name: 'message',
      type: 'textarea',
      required: true,
      maxLength: MESSAGE_MAX,
      admin: { readOnly: true },
      hooks: { beforeChange: [asWritten] },
    },
    {
      name: 'contact',
      type: 'text',
      maxLength: CONTACT_MAX,
      admin: {
        readOnly: true,
        description: 'An email or phone number the reader left for a reply (optional).',
      },
      hooks: { beforeChange: [asWritten] },
    },
    {
      name: 'locale',
      type: 'select',
      options: ['en', 'ur', 'ps'],
      admin: { readOnly: true },
      hooks: { beforeChange: [asWritten] },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [...CORRECTION_STATUSES],
      admin: { position: 'sidebar' },
    },
    {
      name: 'resolution',
      type: 'textarea',
      maxLength: 2000,
      admin: { description: 'What was changed, or why nothing was (for the other moderators).' },
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [handler] },
    },
    {
      name: 'handledAt',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { beforeChange: [handledAt] },
    },
  ],
}
