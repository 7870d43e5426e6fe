import {
  READER_ADDRESS_HEADER,
  READER_AGENT_HEADER,
  SITE_SECRET_HEADER,
} from '../../../collections/moderation/topics'
import { config } from './config'

const TIMEOUT_MS = 5000

/**
 * Who is reading, as the site saw them: the CMS counts one view and one
 * reaction per visitor and day by a salted hash of the address and the
 * browser's agent (plugins/campaign-metrics), and only the site knows
 * either. It passes both with SITE_CACHE_SECRET, the secret the two sides
 * already share, so the CMS believes them; a signed-in reader's session
 * goes along so their reaction is theirs, once, on any device.
 */
export interface Reader {
  address: string | undefined
  agent: string | null
  /** The site's session token (signed-in readers only); anonymous readers carry no cookie at all. */
  token?: string
}

/** A campaign id from the site's address: what the CMS's id parameter accepts, else null. */
export const campaignIdParam = (value: string | undefined): number | null => {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null
  const id = Number(value)
  return id <= 2_147_483_647 ? id : null
}

const readerHeaders = (reader: Reader): Record<string, string> => {
  const { SITE_CACHE_SECRET } = config()
  const headers: Record<string, string> = {}
  if (reader.agent) headers['user-agent'] = reader.agent
  if (reader.token) headers.authorization = `JWT ${reader.token}`
  if (SITE_CACHE_SECRET) {
    headers[SITE_SECRET_HEADER] = SITE_CACHE_SECRET
    if (reader.address) headers[READER_ADDRESS_HEADER] = reader.address
    if (reader.agent) headers[READER_AGENT_HEADER] = reader.agent
  }
  return headers
}

const call = async (method: 'GET' | 'POST', path: string, reader: Reader): Promise<Response | null> => {
  try {
    return await fetch(`${config().CMS_URL}/api/campaign-metrics${path}`, {
      method,
      headers: readerHeaders(reader),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch {
    return null
  }
}

export type ViewOutcome = 'recorded' | 'gone' | 'unavailable'

/** One view of a published campaign (the CMS decides whether it counts: once per visitor and day, no bots, no staff). */
export const recordView = async (campaign: number, reader: Reader): Promise<ViewOutcome> => {
  const response = await call('POST', `/${campaign}/view`, reader)
  await response?.body?.cancel()
  if (!response) return 'unavailable'
  if (response.status === 204) return 'recorded'
  return response.status === 404 || response.status === 400 ? 'gone' : 'unavailable'
}

export type ReactionOutcome =
  | { kind: 'done'; reactions: number; reacted: boolean; counted: boolean }
  | { kind: 'gone' }
  | { kind: 'unavailable' }

const reactionAnswer = async (response: Response | null): Promise<ReactionOutcome> => {
  if (!response) return { kind: 'unavailable' }
  if (response.status === 404 || response.status === 400) {
    await response.body?.cancel()
    return { kind: 'gone' }
  }
  if (!response.ok) {
    await response.body?.cancel()
    return { kind: 'unavailable' }
  }
  const body = (await response.json().catch(() => null)) as {
    reactions?: unknown
    reacted?: unknown
    counted?: unknown
  } | null
  if (typeof body?.reactions !== 'number' || typeof body.reacted !== 'boolean') return { kind: 'unavailable' }
  return {
    kind: 'done',
    reactions: body.reactions,
    reacted: body.reacted,
    // Only a toggle says; a read changes nothing and counts as counted.
    counted: body.counted !== false,
  }
}

/** Turns the reader's support on or off. */
export const toggleReaction = async (campaign: number, reader: Reader) =>
  reactionAnswer(await call('POST', `/${campaign}/reaction`, reader))

/** The campaign's supporters and whether this reader is one, changing nothing. */
export const reactionState = async (campaign: number, reader: Reader) =>
  reactionAnswer(await call('GET', `/${campaign}/reaction`, reader))
