import { existsSync } from 'node:fs'
import path from 'node:path'

import { assertConfig, type Config } from '../../utilities/config'
import { repoRoot } from './database'

/**
 * A child's environment: `env` with a value for each variable it leaves unset
 * (or empty, which config() counts as unset). The child validates and reads
 * them through its own config().
 */
export const withDefaults = (
  env: NodeJS.ProcessEnv,
  defaults: Partial<Record<keyof Config, string>>,
): NodeJS.ProcessEnv => {
  const result = { ...env }
  for (const [name, value] of Object.entries(defaults)) if (!result[name]) result[name] = value
  return result
}

/**
 * Loads the checkout's `.env` (when there is one) beneath the environment's
 * own values, then validates the configuration: an entry point's first step,
 * so a bad value stops it with one line naming the variable.
 */
export const loadConfig = () => {
  const file = path.join(repoRoot, '.env')
  if (existsSync(file)) process.loadEnvFile(file)
  return assertConfig()
}
