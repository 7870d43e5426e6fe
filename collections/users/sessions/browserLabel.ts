import Bowser from 'bowser'

/**
 * "Chrome on Android", "Firefox on Windows", from a User-Agent, for the
 * sessions list; null when it says nothing recognisable (a script, the
 * site's own server).
 */
export const browserLabel = (userAgent: string | null | undefined): string | null => {
  if (!userAgent) return null
  const { browser, os } = Bowser.parse(userAgent)
  if (!browser.name) return os.name ? os.name : null
  return os.name ? `${browser.name} on ${os.name}` : browser.name
}
