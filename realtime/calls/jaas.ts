import { createHmac } from 'node:crypto'

import jwt from 'jsonwebtoken'

import { config } from '../../utilities/config'

/** JaaS tokens live at most this long: enough to join, useless if leaked later. */
export const TOKEN_LIFETIME_S = 5 * 60

export interface JaasConfig {
  appId: string
  keyId: string
  privateKey: string
  domain: string
}

const REQUIRED = ['JITSI_APP_ID', 'JITSI_KEY_ID', 'JITSI_PRIVATE_KEY'] as const

/**
 * The JITSI_* variables that are not set; empty when calls can work. The
 * private key also counts as set under its old name, JITSI_APP_SECRET.
 */
export const missingJaasConfig = () => REQUIRED.filter((name) => !config()[name])

export const jaasConfig = (): JaasConfig | null => {
  const { JITSI_APP_ID, JITSI_KEY_ID, JITSI_PRIVATE_KEY, JITSI_DOMAIN } = config()
  if (!JITSI_APP_ID || !JITSI_KEY_ID || !JITSI_PRIVATE_KEY) return null
  return {
    appId: JITSI_APP_ID,
    keyId: JITSI_KEY_ID,
    // A PEM in one environment line has its newlines escaped.
    privateKey: JITSI_PRIVATE_KEY.replace(/\\n/g, '\n'),
    domain: JITSI_DOMAIN,
  }
}

/**
 * The meeting of a chat room: stable, and not guessable from the room id, so
 * nobody reaches a room's meeting by counting.
 */
export const meetingName = (secret: string, room: number) =>
  `hujra-${room}-${createHmac('sha256', `meeting:${secret}`).update(String(room)).digest('hex').slice(0, 16)}`

export interface CallUser {
  id: string
  name: string
  avatar?: string
  email?: string
}

export interface CallFeatures {
  recording: boolean
  livestreaming: boolean
}

/**
 * A JaaS JWT (RS256, `kid` = the API key id) for one meeting only: never `*`.
 * Moderator rights and features are granted only to hosts, features only as
 * the room allows.
 */
export const signCallToken = (
  config: JaasConfig,
  {
    meeting,
    user,
    moderator,
    features,
  }: { meeting: string; user: CallUser; moderator: boolean; features: CallFeatures },
  now = Date.now(),
) => {
  const issuedAt = Math.floor(now / 1000)
  const token = jwt.sign(
    {
      aud: 'jitsi',
      iss: 'chat',
      sub: config.appId,
      room: meeting,
      iat: issuedAt,
      nbf: issuedAt - 10,
      exp: issuedAt + TOKEN_LIFETIME_S,
      context: {
        user: {
          id: user.id,
          name: user.name,
          avatar: user.avatar ?? '',
          email: user.email ?? '',
          moderator: moderator ? 'true' : 'false',
        },
        features: {
          recording: moderator && features.recording ? 'true' : 'false',
          livestreaming: moderator && features.livestreaming ? 'true' : 'false',
          transcription: 'false',
          'outbound-call': 'false',
        },
      },
    },
    config.privateKey,
    { algorithm: 'RS256', keyid: config.keyId, header: { alg: 'RS256', kid: config.keyId, typ: 'JWT' } },
  )
  return { token, expiresAt: new Date((issuedAt + TOKEN_LIFETIME_S) * 1000).toISOString() }
}
