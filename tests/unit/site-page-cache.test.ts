import { describe, expect, it } from 'vitest'

import { negotiateEncoding } from '../../site/src/lib/encoding'
import { canonicalQuery, pageCacheKey, pageParams } from '../../site/src/lib/pageKey'

describe('Accept-Encoding negotiation', () => {
  it.each([
    [null, 'identity'],
    ['', 'identity'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['BR;Q=1', 'br'],
    // q=0 means "not acceptable": the substring "br" is no permission.
    ['br;q=0', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br', 'br'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['gzip;q=0.2, identity;q=0.5', 'identity'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['*;q=0, gzip', 'gzip'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['identity;q=0, gzip;q=0.1', 'gzip'],
    ['identity', 'identity'],
    // Malformed qualities are ignored rather than read as 1.
    ['br;q=2, gzip', 'gzip'],
    ['br;q=abc', 'identity'],
    ['br;q=0.0001', 'identity'],
    [' br ; q=0.9 ,gzip;q=1.0', 'gzip'],
    ['br, br;q=0', 'identity'],
    ['deflate, compress', 'identity'],
  ] as const)('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected)
  })
})

describe('the page cache key', () => {
  const key = (address: string) => pageCacheKey(new URL(address, 'http://site.test'))

  it('keeps only the parameters the page reads', () => {
    expect(key('/resources?category=health&utm_source=x&page=2')).toBe('/resources?category=health&page=2')
    // The catalogue's keyword box: a different q is a different page.
    expect(key('/resources?q=clinic&x=1')).toBe('/resources?q=clinic')
    expect(key('/ur/search?q=clinic&fbclid=1')).toBe('/ur/search?q=clinic')
    expect(key('/map?bbox=1,2,3,4&z=9&x=1')).toBe('/map?bbox=1%2C2%2C3%2C4&z=9')
    expect(key('/categories/health?page=3&ref=mail')).toBe('/categories/health?page=3')
    expect(key('/?utm=1')).toBe('/')
    expect(key('/ps/resources/some-slug?page=2')).toBe('/ps/resources/some-slug')
    expect(key('/community/room/call?invite=abc')).toBe('/community/room/call')
  })

  it('gives one key to a thousand addresses that differ only in unknown parameters', () => {
    const keys = new Set<string>()
    for (let i = 1; i <= 1000; i++) keys.add(key(`/resources?status=active&x=${i}`))
    for (let i = 1; i <= 1000; i++) keys.add(key(`/resources?status=active&p${i}=1`))
    expect([...keys]).toEqual(['/resources?status=active'])
  })

  it('orders the parameters it keeps, and keeps repeated values in order', () => {
    expect(key('/resources?status=active&category=health')).toBe(
      key('/resources?category=health&status=active'),
    )
    expect(canonicalQuery(new URL('http://site.test/search?tag=b&tag=a'))).toBe('?tag=b&tag=a')
  })

  it('reads the language prefix off before matching the page', () => {
    expect(pageParams('/ur/resources')).toContain('category')
    expect(pageParams('/ps/map/')).toContain('bbox')
    expect(pageParams('/urdu/resources')).toEqual([])
  })
})

describe('a page that goes out of date by itself', () => {
  it('keeps X-Cache-Expires as the cached copy’s end, and never sends it to the browser', async () => {
    const { compressPage, respond } = await import('../../site/src/lib/pageCache')
    const until = new Date(Date.now() + 90_000)
    const page = await compressPage(
      new Response('<p>Open now · closes 17:00</p>', {
        headers: { 'content-type': 'text/html', 'x-cache-expires': until.toUTCString() },
      }),
    )
    // HTTP dates have whole seconds.
    expect(page.expiresAt).toBe(Math.floor(until.getTime() / 1000) * 1000)
    expect(page.headers.map(([name]) => name.toLowerCase())).not.toContain('x-cache-expires')
    const answer = respond(new Request('http://site.test/'), page, 'miss')
    expect(answer.headers.get('x-cache-expires')).toBeNull()
    const plain = await compressPage(new Response('<p>hi</p>', { headers: { 'content-type': 'text/html' } }))
    expect(plain.expiresAt).toBeUndefined()
  })
})
