/**
 * Where the browser reaches the realtime sidecar. REALTIME_PUBLIC_URL when
 * the deployment sets one; otherwise the realtime port on the very host the
 * page was opened on. A fixed `localhost` would make a page opened on
 * 127.0.0.1 talk to another site: the session cookie would stay behind and
 * the sidecar would refuse the origin.
 */
export const realtimeAddress = (
  configured: string | undefined,
  port: string | undefined,
  location: Pick<Location, 'protocol' | 'hostname'>,
) => {
  if (configured) return configured
  // `hostname` keeps an IPv6 address's brackets ([::1]), as a URL needs them.
  return `${location.protocol}//${location.hostname}:${port || '3001'}`
}

/** The sidecar's address for a widget whose element carries data-realtime and data-realtime-port. */
export const realtimeAddressOf = (element: HTMLElement) =>
  realtimeAddress(element.dataset.realtime, element.dataset.realtimePort, window.location)
