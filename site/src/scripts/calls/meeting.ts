import type { CallTicket } from '../../../../realtime/events'

interface JitsiApi {
  dispose: () => void
  addListener: (event: string, listener: () => void) => void
}

declare global {
  interface Window {
    JitsiMeetExternalAPI?: new (domain: string, options: Record<string, unknown>) => JitsiApi
  }
}

const loadScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script')
    script.src = src
    script.async = true
    script.onload = () => resolve()
    script.onerror = () => reject(new Error(`could not load ${src}`))
    document.head.append(script)
  })

/** Opens the JaaS meeting in `parent` with the ticket's token (the JaaS external API script). */
export const openMeeting = async (
  parent: HTMLElement,
  ticket: CallTicket,
  options: { displayName: string; lang: string; camera?: string; microphone?: string },
) => {
  const appId = ticket.roomName.split('/')[0]
  if (!window.JitsiMeetExternalAPI) await loadScript(`https://${ticket.domain}/${appId}/external_api.js`)
  if (!window.JitsiMeetExternalAPI) throw new Error('JitsiMeetExternalAPI is missing')
  return new window.JitsiMeetExternalAPI(ticket.domain, {
    roomName: ticket.roomName,
    jwt: ticket.token,
    parentNode: parent,
    lang: options.lang,
    userInfo: { displayName: options.displayName },
    devices: { videoInput: options.camera, audioInput: options.microphone },
    // Our lobby has done the device check; the meeting's own lobby follows the room's setting.
    configOverwrite: {
      prejoinConfig: { enabled: false },
      lobby: { autoKnock: true },
      disableDeepLinking: true,
    },
  })
}
