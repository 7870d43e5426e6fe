import type { PayloadRequest } from 'payload'

import { config } from '../../../utilities/config'

type Req = Pick<PayloadRequest, 'payload'>

/** Whether the feature is on (ENABLE_2FA); off, every endpoint answers 404 and nothing is enforced. */
export const twoFactorOn = (): boolean => config().ENABLE_2FA

/**
 * How long the strategy trusts a read of the settings (per process). A
 * change takes effect at once where it is made (the settings hook ends the
 * sessions it concerns) and within this time on other instances.
 */
const CACHE_MS = 5_000
let cached: { roles: string[]; at: number } | undefined

/** The roles that must use two-factor (settings → two-factor), read fresh or from the short cache. */
export const requiredRoles = async (req: Req, { fresh = false } = {}): Promise<string[]> => {
  if (!fresh && cached && Date.now() - cached.at < CACHE_MS) return cached.roles
  const settings = (await req.payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })) as {
    twoFactorRequiredRoles?: string[] | null
  }
  const roles = settings.twoFactorRequiredRoles ?? []
  cached = { roles, at: Date.now() }
  return roles
}

/** After the settings change in this process. */
export const forgetRequiredRoles = () => {
  cached = undefined
}

export const roleRequires = (roles: readonly string[] | null | undefined, required: readonly string[]) =>
  Boolean(roles?.some((role) => required.includes(role)))
