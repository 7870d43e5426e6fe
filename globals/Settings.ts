import type { GlobalConfig } from 'payload'

import { isAdmin, isAdminField } from '../access/isAdmin'
import { ROLES } from '../access/roles'
import { endSessionsOnRequirement } from '../collections/users/twoFactor'

/**
 * Site-wide settings admins change without a deploy. Read by the services
 * that need them (the realtime sidecar reads the chat limits per request).
 */
export const Settings: GlobalConfig = {
  slug: 'settings',
  admin: { group: 'Administration' },
  access: { read: isAdmin, update: isAdmin },
  hooks: { afterChange: [endSessionsOnRequirement] },
  fields: [
    {
      name: 'twoFactorRequiredRoles',
      label: 'Roles that must use two-step sign-in',
      type: 'select',
      hasMany: true,
      options: ROLES.map((role) => ({ label: role[0]!.toUpperCase() + role.slice(1), value: role })),
      access: { update: isAdminField },
      admin: {
        description:
          'People with these roles must set up two-step sign-in (an authenticator app) before anything else; whoever of them is signed in without it is signed out when you save. Has no effect when ENABLE_2FA is false.',
      },
    },
    {
      name: 'uploads',
      type: 'group',
      fields: [
        {
          name: 'quotaMb',
          type: 'number',
          min: 1,
          max: 1_000_000,
          admin: { description: 'Storage each user may fill with their uploads, in MB. Empty: no limit.' },
        },
        {
          name: 'retention',
          type: 'array',
          labels: { singular: 'Retention rule', plural: 'Retention rules' },
          admin: {
            description:
              "Files older than a rule's age (by upload date) are archived (withheld from the public) or deleted by the daily retention job. A file matched by several rules gets the strongest action.",
          },
          fields: [
            { name: 'olderThanDays', type: 'number', required: true, min: 1, max: 36_500 },
            {
              name: 'category',
              type: 'select',
              options: [
                { label: 'Images', value: 'image' },
                { label: 'Documents (PDF and other non-images)', value: 'document' },
              ],
              admin: { description: 'Empty: every file.' },
            },
            {
              name: 'action',
              type: 'select',
              required: true,
              defaultValue: 'archive',
              options: [
                { label: 'Archive', value: 'archive' },
                { label: 'Delete', value: 'delete' },
              ],
            },
          ],
        },
        {
          name: 'retentionMode',
          type: 'select',
          required: true,
          defaultValue: 'dry-run',
          options: [
            { label: 'Dry run: report what would happen, change nothing', value: 'dry-run' },
            { label: 'Apply the rules', value: 'apply' },
          ],
          admin: {
            description: 'Start with a dry run and read its report below before applying the rules.',
          },
        },
        {
          name: 'lastRetentionRun',
          type: 'json',
          admin: { readOnly: true, description: 'What the last retention run did, or would have done.' },
        },
      ],
    },
    {
      name: 'chat',
      type: 'group',
      fields: [
        {
          name: 'maxInviteDays',
          type: 'number',
          min: 1,
          max: 365,
          admin: {
            description:
              'The longest a chat invite may live, in days. Empty: the CHAT_INVITE_MAX_DAYS setting of the server (7 by default).',
          },
        },
      ],
    },
  ],
}
