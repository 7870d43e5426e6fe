import type { CollectionBeforeChangeHook, Field } from 'payload'

import { existingRelation } from '../../fields/existingRelation'
import { emailField, phonesField, websiteField } from '../../fields/contact'
import { hoursExceptionsField, openingHoursField } from '../../fields/openingHours'
import { DEFAULT_TIME_ZONE, isTimeZone } from '../../utilities/timeZones'

export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'ur', label: 'Urdu' },
  { value: 'ps', label: 'Pashto' },
  { value: 'skr', label: 'Saraiki' },
  { value: 'hno', label: 'Hindko' },
  { value: 'other', label: 'Other' },
] as const

export const ACCESSIBILITY = [
  { value: 'wheelchair', label: 'Wheelchair accessible' },
  { value: 'step-free-entrance', label: 'Step-free entrance' },
  { value: 'accessible-toilet', label: 'Accessible toilet' },
  { value: 'sign-language', label: 'Sign language' },
  { value: 'women-staff', label: 'Women staff' },
  { value: 'women-entrance', label: "Separate women's entrance" },
  { value: 'braille', label: 'Braille' },
  { value: 'other', label: 'Other' },
] as const

/**
 * The HSDS-modelled profile of a resource (HSDS 3.0 service + location +
 * phone + schedule): how to reach it, when it is open, who may use it.
 * Layout-only tabs, so the admin groups it without changing column names.
 */
export const profileFields = (): Field[] => [
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Contact',
        fields: [
          existingRelation({
            name: 'organization',
            type: 'relationship',
            relationTo: 'organizations',
            index: true,
          }),
          phonesField(),
          { type: 'row', fields: [emailField(), websiteField()] },
          {
            name: 'address',
            type: 'group',
            fields: [
              { name: 'street', type: 'text', localized: true, maxLength: 200 },
              {
                type: 'row',
                fields: [
                  { name: 'town', type: 'text', localized: true, maxLength: 120 },
                  { name: 'postalCode', type: 'text', maxLength: 12 },
                ],
              },
            ],
          },
          {
            name: 'landmark',
            type: 'text',
            localized: true,
            maxLength: 200,
            admin: { description: 'How people find it, e.g. "behind the district hospital".' },
          },
        ],
      },
      {
        label: 'Hours',
        fields: [
          {
            name: 'timeZone',
            type: 'text',
            defaultValue: DEFAULT_TIME_ZONE,
            maxLength: 64,
            admin: { description: 'IANA name, e.g. Asia/Karachi. Hours below are in this zone.' },
            // Empty means the default; anything given must be a zone this runtime knows.
            validate: (value: unknown) =>
              value === null || value === undefined || isTimeZone(value)
                ? true
                : `Unknown time zone "${String(value)}" (an IANA name, e.g. Asia/Karachi)`,
          },
          openingHoursField(),
          hoursExceptionsField(),
        ],
      },
      {
        label: 'Eligibility and access',
        fields: [
          { name: 'eligibility', type: 'textarea', localized: true, maxLength: 2000 },
          {
            name: 'fees',
            type: 'group',
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'kind',
                    type: 'select',
                    options: [
                      { value: 'free', label: 'Free' },
                      { value: 'paid', label: 'Paid' },
                    ],
                  },
                  { name: 'note', type: 'text', localized: true, maxLength: 300 },
                ],
              },
            ],
          },
          { name: 'languages', type: 'select', hasMany: true, options: [...LANGUAGES] },
          { name: 'accessibility', type: 'select', hasMany: true, options: [...ACCESSIBILITY] },
          { name: 'howToApply', type: 'textarea', localized: true, maxLength: 2000 },
          {
            name: 'documentsToBring',
            type: 'textarea',
            localized: true,
            maxLength: 1000,
            admin: { description: 'One document per line.' },
          },
        ],
      },
      {
        label: 'Verification',
        fields: [
          {
            name: 'lastVerifiedAt',
            type: 'date',
            // The editors' to-do panel and the freshness figures filter on it.
            index: true,
            admin: { description: 'Set when you have confirmed this entry is still right.' },
          },
          {
            name: 'lastVerifiedBy',
            type: 'relationship',
            relationTo: 'users',
            // Set by the server to whoever set lastVerifiedAt; nobody writes it directly.
            access: { create: () => false, update: () => false },
            admin: { readOnly: true },
          },
        ],
      },
    ],
  },
]

const sameInstant = (a: unknown, b: unknown) =>
  (a === null || a === undefined) === (b === null || b === undefined) &&
  (a === null || a === undefined || new Date(a as string).getTime() === new Date(b as string).getTime())

/**
 * Credits a verification to the signed-in user who set or changed
 * lastVerifiedAt. Field access already drops a caller's lastVerifiedBy; this
 * also covers the Local API (overrideAccess), where only a user-less call
 * (seeding, scripts) may set it itself.
 */
const idOf = (value: unknown) =>
  value && typeof value === 'object' ? ((value as { id?: unknown }).id ?? null) : (value ?? null)

export const creditVerification: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || req.user.collection !== 'users') {
    if (data.lastVerifiedBy === undefined && originalDoc)
      data.lastVerifiedBy = idOf(originalDoc.lastVerifiedBy)
    return data
  }
  const changed =
    data.lastVerifiedAt !== undefined && !sameInstant(data.lastVerifiedAt, originalDoc?.lastVerifiedAt)
  if (changed) data.lastVerifiedBy = data.lastVerifiedAt ? req.user.id : null
  else data.lastVerifiedBy = idOf(originalDoc?.lastVerifiedBy)
  return data
}
