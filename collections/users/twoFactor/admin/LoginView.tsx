import type { AdminViewServerProps } from 'payload'

import { LoginView } from '@payloadcms/next/views'
import { getSafeRedirect } from 'payload/shared'
import React from 'react'

import { challengeTokenOf, clientOf } from '../challenge'
import { digest } from '../keys'
import { twoFactorOn } from '../policy'
import { findOpenChallenge } from '../store'
import { TwoFactorLoginStep } from './TwoFactorLoginStep'

/**
 * The admin's login page: Payload's own, unless this browser holds an open
 * challenge (its password was accepted a moment ago, `signIn.ts` set the
 * httpOnly cookie), in which case it asks for the code, or sets two-factor
 * up when the user's role requires it and they have none yet.
 */
export async function TwoFactorLoginView(props: AdminViewServerProps) {
  const { initPageResult, searchParams } = props
  const { req } = initPageResult
  const token = twoFactorOn() && !req.user ? challengeTokenOf(req, undefined) : undefined
  const challenge = token ? await findOpenChallenge(req, digest(token)) : null
  const client = clientOf(req)
  if (
    !challenge ||
    challenge.address !== client.address ||
    challenge.userAgentHash !== client.userAgentHash
  ) {
    return <LoginView {...props} params={props.params ?? {}} searchParams={searchParams ?? {}} />
  }
  const adminRoute = req.payload.config.routes.admin
  const redirect = getSafeRedirect({
    fallbackTo: adminRoute,
    redirectTo: (searchParams?.redirect as string | undefined) ?? '',
  })
  return (
    <TwoFactorLoginStep
      apiRoute={req.payload.config.routes.api}
      expiresAt={challenge.expiresAt.toISOString()}
      redirect={redirect}
      step={challenge.step}
    />
  )
}
