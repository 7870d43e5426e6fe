/**
 * Runs once when the site's server starts, before it listens (astro.config.mjs
 * puts it at the head of the adapter's entry): a bad environment variable
 * stops the process with one line naming it, instead of the first request
 * that happens to read it failing.
 */
import { assertConfig } from './lib/config'

assertConfig()
