import { config } from '../../utilities/config'

const build = (base: string, path: string, query?: Record<string, string>) => {
  if (!path.startsWith('/') || path.startsWith('//'))
    throw new Error(`mail: a link path must start with one /`)
  const search = query && Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : ''
  return `${base}${path}${search}`
}

/**
 * An absolute link into the CMS (SERVER_URL), for mail. Links are built from
 * the configuration, never from a request's Host header, which a client
 * chooses: a forged Host would otherwise send a reset token to its owner.
 */
export const serverLink = (path: string, query?: Record<string, string>): string =>
  build(config().SERVER_URL, path, query)

/** An absolute link into the public site (SITE_URL), for mail. */
export const siteLink = (path: string, query?: Record<string, string>): string =>
  build(config().SITE_URL, path, query)

/** Whether a link leads into this CMS or its site, as configured; mail carries no other links. */
export const isOwnLink = (link: string): boolean => {
  const { SERVER_URL, SITE_URL } = config()
  return [SERVER_URL, SITE_URL].some(
    (base) => link === base || link.startsWith(`${base}/`) || link.startsWith(`${base}?`),
  )
}
