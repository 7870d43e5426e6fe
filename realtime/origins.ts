/** The names one machine answers to on its loopback interface. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]']

/**
 * The browser origins allowed to open a realtime connection: SITE_URL's
 * origin and the extra ones configured. When SITE_URL is on loopback (the
 * default, http://localhost:4321), the same site opened as 127.0.0.1 or
 * [::1] on the same port is the same site to the person at the keyboard, so
 * those twins are allowed too; a public SITE_URL is never widened.
 */
export const allowedOriginsFor = (siteUrl: string, extra: readonly string[] = []): string[] => {
  const site = new URL(siteUrl)
  const origins = [site.origin]
  if (LOOPBACK.includes(site.hostname)) {
    for (const host of LOOPBACK) {
      const twin = new URL(site.origin)
      twin.hostname = host
      origins.push(twin.origin)
    }
  }
  for (const origin of extra) origins.push(new URL(origin).origin)
  return [...new Set(origins)]
}
