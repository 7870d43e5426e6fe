import type { PayloadRequest } from 'payload'

import { type Attempt, forgiveAuthAttempt, takeAuthPoint } from '../authLimits'
import { clientAddress } from '../clientAddress'

/** A second-factor attempt, counted per address and per account and address (authLimits.ts `twoFactor`). */
export const attemptFor = (req: PayloadRequest, email: string): Attempt => ({
  address: clientAddress(req.headers).key,
  account: email.toLowerCase(),
})

export const takeCodeAttempt = (req: PayloadRequest, email: string) =>
  takeAuthPoint(req, 'twoFactor', attemptFor(req, email))

export const forgiveCodeAttempt = (req: PayloadRequest, email: string) =>
  forgiveAuthAttempt(req, 'twoFactor', attemptFor(req, email))
