import { describe, expect, it } from 'vitest'

import { safeRedirect } from '../../site/src/lib/safeRedirect'

describe('safeRedirect', () => {
  it.each([
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '%2F%2Fevil.example',
    '/%2Fevil.example',
    '%2F%5Cevil.example',
    '/%5Cevil.example',
    '%252F%252Fevil.example',
    'https://evil.example',
    'HTTPS://evil.example/path',
    'javascript:alert(1)',
    'evil.example',
    '/\t/evil.example',
    ' //evil.example',
    '/%09/evil.example',
    '',
  ])('sends %j to the home page', (next) => {
    expect(safeRedirect(next, '/ur')).toBe('/ur')
  })

  it('keeps a path on the site, with its query and fragment', () => {
    expect(safeRedirect('/resources/clinic-a?tab=hours#open')).toBe('/resources/clinic-a?tab=hours#open')
    expect(safeRedirect('/ur/community')).toBe('/ur/community')
    expect(safeRedirect('/search?q=clinic%20near%20me')).toBe('/search?q=clinic%20near%20me')
    expect(safeRedirect('/search?q=%D8%B9%D9%84%D8%A7%D8%AC')).toBe('/search?q=%D8%B9%D9%84%D8%A7%D8%AC')
  })

  it('falls back to the home page when there is none', () => {
    expect(safeRedirect(null)).toBe('/')
    expect(safeRedirect(undefined, '/ps')).toBe('/ps')
  })
})
