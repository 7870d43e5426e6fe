import { describe, expect, it } from 'vitest'

import { clientAddress } from '../../realtime/app'

describe('clientAddress', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', [])).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', '1.2.3.4', ['10.0.0.1'])).toBe('203.0.113.9')
  })

  it('takes the nearest untrusted hop behind trusted proxies, so a forged first hop is ignored', () => {
    expect(clientAddress('10.0.0.1', '198.51.100.7', ['10.0.0.1'])).toBe('198.51.100.7')
    expect(clientAddress('10.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.2', ['10.0.0.1', '10.0.0.2'])).toBe(
      '198.51.100.7',
    )
  })

  it('falls back to the peer when every hop is trusted or the header is missing', () => {
    expect(clientAddress('10.0.0.1', undefined, ['10.0.0.1'])).toBe('10.0.0.1')
    expect(clientAddress('10.0.0.1', '10.0.0.2', ['10.0.0.1', '10.0.0.2'])).toBe('10.0.0.2')
  })
})
