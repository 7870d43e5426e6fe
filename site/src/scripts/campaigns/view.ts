/**
 * Counts the reader's view of a campaign page. The page comes from the
 * site's cache, so rendering it says nothing about readers: once it has
 * loaded, the browser tells the site, which tells the CMS (once per visitor
 * and day, without cookies). sendBeacon survives the reader leaving at once;
 * fetch with keepalive where it is missing.
 */
export const countView = (url: string) => {
  const send = () => {
    if (typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url)) return
    void fetch(url, { method: 'POST', keepalive: true }).catch(() => undefined)
  }
  if (document.readyState === 'complete') send()
  else window.addEventListener('load', send, { once: true })
}
