import { describe, expect, it } from 'vitest'

import { ConfigError, parseConfig } from '../../utilities/config'

describe('API_CORS_ORIGINS', () => {
  it('takes exact origins or *, trimming a trailing slash', () => {
    expect(parseConfig({}).API_CORS_ORIGINS).toEqual([])
    expect(
      parseConfig({ API_CORS_ORIGINS: 'https://maps.example.org/, http://127.0.0.1:8080' }).API_CORS_ORIGINS,
    ).toEqual(['https://maps.example.org', 'http://127.0.0.1:8080'])
    expect(parseConfig({ API_CORS_ORIGINS: '*' }).API_CORS_ORIGINS).toEqual(['*'])
  })

  it('refuses anything that is not an origin, naming the variable', () => {
    for (const value of ['maps.example.org', 'https://maps.example.org/path', 'ftp://example.org']) {
      expect(() => parseConfig({ API_CORS_ORIGINS: value }), value).toThrow(ConfigError)
      try {
        parseConfig({ API_CORS_ORIGINS: value })
      } catch (error) {
        expect(String((error as Error).message)).toMatch(/API_CORS_ORIGINS/)
      }
    }
  })
})
