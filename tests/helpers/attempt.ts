import type { ApiResponse } from './rest'

export type Outcome = 'allowed' | 'denied' | 'not-found' | 'invalid'

/** What an API answer means for an access check. */
export const outcomeOf = (res: ApiResponse): Outcome => {
  if (res.status >= 200 && res.status < 300) return 'allowed'
  if (res.status === 401 || res.status === 403) return 'denied'
  if (res.status === 404) return 'not-found'
  if (res.status === 400) return 'invalid'
  throw new Error(`unexpected status ${res.status}: ${JSON.stringify(res.body)}`)
}

/** The same for a Local API call, which throws Payload's HTTP-shaped errors. */
export const attemptLocal = async (call: () => Promise<unknown>): Promise<Outcome> => {
  try {
    await call()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403) return 'denied'
    if (status === 404) return 'not-found'
    if (status === 400) return 'invalid'
    throw error
  }
}
