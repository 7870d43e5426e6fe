/**
 * The site reads its environment through the platform's one typed
 * configuration (utilities/config.ts), like the CMS and the sidecar, so a
 * variable means the same and is checked the same everywhere.
 */
export { assertConfig, config } from '../../../utilities/config'
