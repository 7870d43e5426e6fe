import { generateSecret, generateURI, verify } from 'otplib'
import QRCode from 'qrcode'

/** 30-second steps, 6 digits, SHA-1: what every authenticator app reads from a QR code. */
const PERIOD = 30
/** One step either side, for clocks a little off (RFC 6238 §5.2). */
const TOLERANCE_SECONDS = PERIOD

export const ISSUER = 'Hujra'

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export const newTotpSecret = (): string => generateSecret({ length: 20 })

/** The `otpauth://` address an authenticator app reads (the QR code holds it). */
export const otpauthUrl = (secret: string, account: string): string =>
  generateURI({ issuer: ISSUER, label: account, secret, period: PERIOD })

/** The QR code as an SVG string, drawn here: the secret never leaves the server for a QR service. */
export const qrSvg = (url: string): Promise<string> =>
  QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })

export const isTotpCode = (code: string) => /^\d{6}$/.test(code)

/**
 * The time step a code belongs to, or null when it is wrong or not later
 * than `afterStep` (the last code accepted): a code works once, and an older
 * code within the window is refused too.
 */
export const acceptedStep = async (
  secret: string,
  code: string,
  afterStep: number | null,
): Promise<number | null> => {
  if (!isTotpCode(code)) return null
  const result = await verify({
    secret,
    token: code,
    period: PERIOD,
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}
