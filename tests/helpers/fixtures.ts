import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { Role } from '../../access/roles'

import { ApiClient } from './rest'

export const PASSWORD = 'correct-horse-battery-staple'

/** A unique suffix so files and reruns never collide on unique fields. */
export const unique = () => randomUUID().slice(0, 8)

export const createUser = async (payload: Payload, roles: Role[], name = roles.join('-')) =>
  payload.create({
    collection: 'users',
    data: { email: `${name}-${unique()}@test.hujra`, password: PASSWORD, name, roles },
    overrideAccess: true,
  })

/** One signed-in API client per role, plus anonymous. */
export const clientsByRole = async (payload: Payload) => {
  const entries = await Promise.all(
    (['admin', 'editor', 'moderator', 'member'] as const).map(async (role) => {
      const user = await createUser(payload, [role])
      return [role, { user, api: await new ApiClient().login(user.email, PASSWORD) }] as const
    }),
  )
  return Object.fromEntries(entries) as Record<
    Role,
    { user: Awaited<ReturnType<typeof createUser>>; api: ApiClient }
  >
}

/** One row of a category's attribute schema, as tests write it (labels and units in English). */
export interface AttributeSchemaRow {
  key: string
  label: string
  type: 'text' | 'number' | 'boolean' | 'list'
  unit?: string
}

/**
 * A category, district and tag to hang test resources on. Resources may set
 * only the attributes their category's schema declares (the server refuses
 * others), so a test that sets attributes passes the schema here.
 */
export const createTaxonomy = async (
  payload: Payload,
  { attributeSchema = [] }: { attributeSchema?: AttributeSchemaRow[] } = {},
) => {
  const id = unique()
  const [category, district, tag] = await Promise.all([
    payload.create({
      collection: 'categories',
      data: { name: `Category ${id}`, attributeSchema },
      overrideAccess: true,
    }),
    payload.create({ collection: 'districts', data: { name: `District ${id}` }, overrideAccess: true }),
    payload.create({ collection: 'tags', data: { name: `Tag ${id}` }, overrideAccess: true }),
  ])
  return { category, district, tag }
}

export const resourceData = (
  taxonomy: Awaited<ReturnType<typeof createTaxonomy>>,
  overrides: Record<string, unknown> = {},
) => ({
  title: `Clinic ${unique()}`,
  summary: 'A test clinic',
  category: taxonomy.category.id,
  district: taxonomy.district.id,
  tags: [taxonomy.tag.id],
  status: 'active' as const,
  location: { type: 'Point', coordinates: [71.5, 34.0] },
  ...overrides,
})

let pngCount = 0
/**
 * A small PNG whose bytes no other call in this process makes: uploads are
 * deduplicated by their SHA-256, so tests that mean to store a new file need
 * new bytes.
 */
export const uniquePng = async () => {
  const { default: sharp } = await import('sharp')
  pngCount += 1
  const n = (process.pid * 7919 + pngCount) % 2 ** 24
  return sharp({
    create: { width: 2, height: 2, channels: 3, background: { r: n >> 16, g: (n >> 8) & 255, b: n & 255 } },
  })
    .png()
    .toBuffer()
}
