import Bowser from 'bowser'

/** The browser and the system it runs on, as far as a User-Agent tells (each null when it does not). */
export interface BrowserParts {
  name: string | null
  os: string | null
}

export const browserParts = (userAgent: string | null | undefined): BrowserParts => {
  if (!userAgent) return { name: null, os: null }
  const { browser, os } = Bowser.parse(userAgent)
  return { name: browser.name || null, os: os.name || null }
}

/**
 * "Chrome on Android", "Firefox on Windows", for the sessions list in
 * English (the site and the admin compose their own languages from the
 * parts); null when the User-Agent says nothing recognisable (a script).
 */
export const browserLabel = (userAgent: string | null | undefined): string | null => {
  const { name, os } = browserParts(userAgent)
  if (name && os) return `${name} on ${os}`
  return name ?? os
}
