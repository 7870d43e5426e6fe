/**
 * Imported first by `payload.config.ts`, so the CMS process (and `next build`)
 * validates the whole configuration before any collection or plugin reads a
 * value: a bad variable stops it with the one line naming it, not with a
 * stack trace from whichever module happened to read it first.
 */
import { assertConfig } from './config'

assertConfig()
