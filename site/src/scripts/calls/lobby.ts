import { io, type Socket } from 'socket.io-client'

import type { CallMessages } from '../../i18n/calls'
import type { CallTicket, ClientToServerEvents, ServerToClientEvents } from '../../../../realtime/events'

import { currentUser } from '../chat/session'
import { realtimeAddressOf } from '../realtime/address'
import { type ConnectionNotice, watchConnection } from '../realtime/connection'
import { type DeviceCheck, listDevices, startDeviceCheck } from './devices'
import { openMeeting } from './meeting'

type Client = Socket<ServerToClientEvents, ClientToServerEvents>

/**
 * The pre-join lobby: device check, display name, then the JaaS meeting.
 * Members get their token over the realtime socket; guests with a call
 * invite (`?invite=`) from the sidecar's POST /calls/guest.
 */
export const startLobby = async (element: HTMLElement) => {
  const s = JSON.parse(element.dataset.strings ?? '{}') as CallMessages
  const realtime = realtimeAddressOf(element)
  const q = <T extends Element>(selector: string) => element.querySelector<T>(selector)!
  const status = q<HTMLElement>('.status')
  const say = (message: string) => (status.textContent = message)
  const check = q<HTMLElement>('.check')
  const video = q<HTMLVideoElement>('.preview')
  const meter = q<HTMLMeterElement>('.level')
  const camera = q<HTMLSelectElement>('select[name="camera"]')
  const microphone = q<HTMLSelectElement>('select[name="microphone"]')
  const form = q<HTMLFormElement>('form.join')
  const nameInput = q<HTMLInputElement>('input[name="displayName"]')
  const invite = new URLSearchParams(window.location.search).get('invite')

  let socket: Client | undefined
  let connection: ConnectionNotice | undefined
  let room: { id: number; role: string | null } | undefined
  const user = invite ? null : await currentUser().catch(() => null)
  if (!invite && !user) return say(s.signInFirst)
  const intro = document.querySelector('.intro')
  if (invite && intro) intro.textContent = s.guestIntro
  if (user) {
    nameInput.value = user.name
    const response = await fetch(`/api/rooms?slug=${encodeURIComponent(element.dataset.room ?? '')}`)
    const body = (await response.json()) as { room?: { id: number; role: string | null }; error?: string }
    if (!body.room) return say(body.error ?? '')
    room = body.room
    socket = io(realtime, { withCredentials: true, transports: ['websocket'] })
    connection = watchConnection(socket, q<HTMLElement>('.connection'))
    // Joined on every (re)connection, for the call:started/ended news; the
    // device check does not wait for it, so an unreachable sidecar is
    // explained instead of leaving the lobby blank.
    const joined = room.id
    socket.on('connect', () => void socket?.emitWithAck('room:join', { room: joined, limit: 1 }))
    socket.on('call:started', () => say(s.callStarted))
    socket.on('call:ended', () => say(s.callEnded))
    if (room.role === 'owner' || room.role === 'moderator') startHostTools(element, s, socket, room.id, say)
  }

  check.hidden = false
  say(s.checking)
  let devices: DeviceCheck | undefined
  const restart = async (choice: { camera?: string; microphone?: string } = {}) => {
    devices?.stop()
    const result = await startDeviceCheck(video, meter, choice)
    if (typeof result === 'string') {
      devices = undefined
      return say(s[result])
    }
    devices = result
    say('')
    await listDevices(camera, microphone, result.stream!)
  }
  await restart()
  for (const select of [camera, microphone]) {
    select.addEventListener(
      'change',
      () => void restart({ camera: camera.value, microphone: microphone.value }),
    )
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const displayName = nameInput.value.replace(/\s+/g, ' ').trim()
    if (displayName.length < 2) return say(s.nameTooShort)
    if (displayName.length > 60) return say(s.nameTooLong)
    say(s.joining)
    let ticket: CallTicket
    if (socket && room) {
      if (!socket.connected) {
        say('')
        return connection?.explain()
      }
      const ack = await socket
        .timeout(10_000)
        .emitWithAck('call:token', { room: room.id, displayName })
        .catch(() => null)
      if (!ack) {
        say('')
        return connection?.explain()
      }
      if (!ack.ok) return say(ack.error.message)
      ticket = ack
    } else {
      const response = await fetch(`${realtime}/calls/guest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ invite, displayName }),
      }).catch(() => null)
      const body = (await response?.json().catch(() => null)) as
        (CallTicket & { error?: { message: string } }) | null
      if (!response?.ok || !body) return say(body?.error?.message ?? s.meetingFailed)
      ticket = body
    }
    // The meeting takes the camera and microphone over from the preview.
    const chosen = { camera: camera.value || undefined, microphone: microphone.value || undefined }
    devices?.stop()
    const meeting = q<HTMLElement>('.meeting')
    try {
      check.hidden = true
      meeting.hidden = false
      await openMeeting(meeting, ticket, { displayName, lang: element.dataset.locale ?? 'en', ...chosen })
      element.dataset.joined = ticket.roomName
      say('')
    } catch {
      meeting.hidden = true
      check.hidden = false
      say(s.meetingFailed)
    }
  })
}

const startHostTools = (
  element: HTMLElement,
  s: CallMessages,
  socket: Client,
  room: number,
  say: (message: string) => void,
) => {
  const host = element.querySelector<HTMLElement>('.host')!
  const result = host.querySelector<HTMLElement>('.invite-result')!
  const link = host.querySelector<HTMLInputElement>('.invite-link')!
  let inviteId: number | undefined
  host.hidden = false
  host.querySelector('form.invite')!.addEventListener('submit', async (event) => {
    event.preventDefault()
    const minutes = Number(new FormData(event.target as HTMLFormElement).get('minutes'))
    const ack = await socket.emitWithAck('call:invite', { room, minutes })
    if (!ack.ok) return say(ack.error.message)
    inviteId = ack.id
    link.value = `${window.location.origin}${window.location.pathname}?invite=${encodeURIComponent(ack.token)}`
    result.hidden = false
  })
  host.querySelector('.copy')!.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(link.value).catch(() => undefined)
    link.select()
    say(s.copied)
  })
  host.querySelector('.revoke')!.addEventListener('click', async () => {
    if (!inviteId) return
    const ack = await socket.emitWithAck('call:revoke', { id: inviteId })
    if (!ack.ok) return say(ack.error.message)
    result.hidden = true
    say(s.revoked)
  })
  host.querySelector('.end')!.addEventListener('click', async () => {
    const ack = await socket.emitWithAck('call:end', { room })
    say(ack.ok ? s.callEnded : ack.error.message)
  })
}
