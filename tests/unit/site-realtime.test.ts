import { describe, expect, it } from 'vitest'

import { realtimeAddress } from '../../site/src/scripts/realtime/address'
import { problemOf } from '../../site/src/scripts/realtime/connection'

describe('where the browser reaches the realtime server', () => {
  it('uses REALTIME_PUBLIC_URL when set', () => {
    expect(
      realtimeAddress('https://chat.example.org', '3001', { protocol: 'https:', hostname: 'example.org' }),
    ).toBe('https://chat.example.org')
  })

  it('otherwise takes the realtime port on the host the page was opened on', () => {
    expect(realtimeAddress('', '3001', { protocol: 'http:', hostname: '127.0.0.1' })).toBe(
      'http://127.0.0.1:3001',
    )
    expect(realtimeAddress(undefined, '4000', { protocol: 'http:', hostname: 'localhost' })).toBe(
      'http://localhost:4000',
    )
    expect(realtimeAddress(undefined, '3001', { protocol: 'http:', hostname: '[::1]' })).toBe(
      'http://[::1]:3001',
    )
    expect(realtimeAddress(undefined, undefined, { protocol: 'http:', hostname: '10.0.0.5' })).toBe(
      'http://10.0.0.5:3001',
    )
  })
})

describe('what a failed realtime connection means', () => {
  it('tells an unreachable server from a refusal and its reasons', () => {
    expect(problemOf('websocket error', true)).toBe('unreachable')
    expect(problemOf('Not signed in', false)).toBe('signedOut')
    expect(problemOf('Session expired or invalid', false)).toBe('signedOut')
    expect(problemOf('Too many connection attempts; try again later', false)).toBe('busy')
    expect(problemOf('Origin refused', false)).toBe('refused')
  })
})
