import type { CollectionConfig, Endpoint } from 'payload'

import { describe, expect, it } from 'vitest'

import { withExtensions } from '../../collections/users/extend'

const endpoint = (path: string): Endpoint => ({ path, method: 'post', handler: () => Response.json({ path }) })
const hook = (name: string) => Object.assign(() => undefined, { hookName: name })

describe('withExtensions (the users collection built from its parts)', () => {
  const base: CollectionConfig = {
    slug: 'users',
    auth: { maxLoginAttempts: 0, tokenExpiration: 3600 },
    hooks: { beforeOperation: [hook('base')] },
    fields: [{ name: 'name', type: 'text' }],
  }

  it('keeps the base and adds each part in list order', () => {
    const config = withExtensions(base, [
      {
        fields: [{ name: 'a', type: 'text' }],
        hooks: { beforeOperation: [hook('a')], afterOperation: [hook('a')] },
        endpoints: [endpoint('/forgot-password')],
        auth: { verify: true, strategies: [{ name: 'a', authenticate: async () => ({ user: null }) }] },
      },
      {
        hooks: { beforeOperation: [hook('b')] },
        endpoints: [endpoint('/two-factor')],
        auth: { strategies: [{ name: 'b', authenticate: async () => ({ user: null }) }] },
      },
    ])
    expect(config.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['name', 'a'])
    const names = (list: unknown[] | undefined) => (list ?? []).map((h) => (h as { hookName: string }).hookName)
    expect(names(config.hooks?.beforeOperation)).toEqual(['base', 'a', 'b'])
    expect(names(config.hooks?.afterOperation)).toEqual(['a'])
    expect((config.endpoints || []).map((e) => e.path)).toEqual(['/forgot-password', '/two-factor'])
    const auth = config.auth as Exclude<CollectionConfig['auth'], boolean | undefined>
    expect(auth).toMatchObject({ maxLoginAttempts: 0, tokenExpiration: 3600, verify: true })
    expect(auth.strategies?.map((s) => s.name)).toEqual(['a', 'b'])
  })

  it('leaves the base untouched', () => {
    withExtensions(base, [{ hooks: { beforeOperation: [hook('x')] }, fields: [{ name: 'x', type: 'text' }] }])
    expect(base.hooks?.beforeOperation).toHaveLength(1)
    expect(base.fields).toHaveLength(1)
  })
})
