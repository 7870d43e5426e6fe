import type { ArrayField, Validate } from 'payload'

import { text as textValidation } from 'payload/shared'

import { existingRelation } from '../../fields/existingRelation'

/**
 * Alt text is required in English, the fallback every reader gets when their
 * language has none; an Urdu or Pashto save is not refused for a missing
 * translation, which the translators add later.
 */
const altInDefaultLocale: Validate = (value, options) => {
  const base = textValidation(value as string, options as never)
  if (base !== true) return base
  if ((options.req.locale ?? 'en') !== 'en') return true
  return typeof value === 'string' && value.trim() ? true : 'Describe the photo for readers who cannot see it'
}

/** Photos with a caption and alt text in each language; the site shows them as a lightbox. */
export const galleryField: ArrayField = {
  name: 'gallery',
  type: 'array',
  maxRows: 60,
  labels: { singular: 'Photo', plural: 'Photos' },
  fields: [
    existingRelation({
      name: 'image',
      type: 'upload',
      relationTo: 'files',
      required: true,
      filterOptions: { mimeType: { contains: 'image/' } },
    }),
    { name: 'alt', type: 'text', localized: true, maxLength: 250, validate: altInDefaultLocale },
    { name: 'caption', type: 'textarea', localized: true, maxLength: 300 },
  ],
}
