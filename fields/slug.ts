import type { FieldHook, TextField } from 'payload'

import { slugify } from '../utilities/slugify'

interface SlugFieldOptions {
  /** Field the slug is generated from when none is given. */
  from?: string
}

/**
 * Generates a unique slug from the source field (in the default locale when
 * available) on create, and keeps an editor-chosen slug as given. Collisions
 * get a numeric suffix so generated slugs never fail the unique index.
 */
const generateSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, req, collection, operation }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value) || value
    if (operation === 'update' && originalDoc?.slug) return originalDoc.slug
    const source = data?.[from]
    const base =
      slugify(typeof source === 'string' ? source : String((source as Record<string, string>)?.en ?? '')) ||
      `${collection?.slug ?? 'item'}-${Date.now().toString(36)}`
    if (!collection) return base

    // Find taken slugs with this stem in one query, then pick the first free suffix.
    const { docs } = await req.payload.find({
      collection: collection.slug as 'resources',
      where: { slug: { like: base } },
      depth: 0,
      limit: 1000,
      pagination: false,
      draft: true,
      select: { slug: true },
      overrideAccess: true,
      req,
    })
    const taken = new Set(docs.map((doc) => (doc as { slug?: string }).slug))
    if (!taken.has(base)) return base
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
  }

export const slugField = ({ from = 'title' }: SlugFieldOptions = {}): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 120,
  admin: {
    position: 'sidebar',
    description: 'Used in the page address. Generated from the title when left empty.',
  },
  hooks: { beforeValidate: [generateSlug(from)] },
  validate: (value: string | null | undefined) =>
    !value || /^[\p{L}\p{N}\p{Mn}]+(?:-[\p{L}\p{N}\p{Mn}]+)*$/u.test(value)
      ? true
      : 'Slug may contain only letters, digits and single hyphens',
})
