import type { PayloadRequest } from 'payload'

import { recordAuditEvent } from '../../../plugins/audit'
import { AppError } from '../../../utilities/errors'
import { forgiveCodeAttempt, takeCodeAttempt } from './limits'
import { readCredentials, recoveryCodesLeft, takeStep, useRecoveryCode } from './store'
import { acceptedStep } from './totp'

export interface SecondFactorInput {
  code?: string
  recoveryCode?: string
}

interface Who {
  id: number
  email: string
}

const wrong = (field: 'code' | 'recoveryCode') =>
  new AppError(401, `${field}: not right, or already used`, field)

/**
 * Checks a second factor of an enrolled user: an authenticator code (once
 * per time step, later than the last one accepted) or an unused recovery
 * code (used up by this). Every attempt counts against the `twoFactor`
 * limits (429 past them); a failure is audited in its own transaction, so
 * it stays when the request's is rolled back.
 */
export const checkSecondFactor = async (
  req: PayloadRequest,
  user: Who,
  input: SecondFactorInput,
): Promise<'code' | 'recoveryCode'> => {
  await takeCodeAttempt(req, user.email)
  const field = input.code !== undefined ? 'code' : 'recoveryCode'
  const credentials = await readCredentials(req, user.id)
  let passed = false
  if (credentials?.secret && field === 'code') {
    const step = await acceptedStep(credentials.secret, input.code!, credentials.lastStep)
    passed = step !== null && (await takeStep(req, user.id, step))
  } else if (credentials?.secret && input.recoveryCode) {
    passed = await useRecoveryCode(req, user.id, input.recoveryCode)
  }
  if (!passed) {
    await recordAuditEvent(
      req,
      {
        type: 'two-factor-failed',
        actor: user.id,
        actorEmail: user.email,
        subjectCollection: 'users',
        subjectId: user.id,
        diff: { with: { to: field === 'code' ? 'authenticator code' : 'recovery code' } },
      },
      { detached: true },
    )
    throw wrong(field)
  }
  await forgiveCodeAttempt(req, user.email)
  if (field === 'recoveryCode') {
    await recordAuditEvent(req, {
      type: 'recovery-code-used',
      actor: user.id,
      actorEmail: user.email,
      subjectCollection: 'users',
      subjectId: user.id,
      diff: { recoveryCodesLeft: { to: await recoveryCodesLeft(req, user.id) } },
    })
  }
  return field
}
