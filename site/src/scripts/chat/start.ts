import type { ChatMessages } from '../../i18n/chat'
import type { Locale } from '../../i18n/messages'

import { showRoom } from './room'
import { showRooms } from './rooms'
import { currentUser, signIn, signOut } from './session'

export interface ChatPage {
  element: HTMLElement
  strings: ChatMessages
  locale: Locale
  say: (message: string) => void
  fill: (template: string, values: Record<string, string>) => string
}

/** Signs the reader in if needed, then shows the room list or one room. */
export const startChat = async (element: HTMLElement) => {
  const strings = JSON.parse(element.dataset.strings ?? '{}') as ChatMessages
  const status = element.querySelector<HTMLElement>('.status')!
  const page: ChatPage = {
    element,
    strings,
    locale: (element.dataset.locale ?? 'en') as Locale,
    say: (message) => (status.textContent = message),
    fill: (template, values) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? ''),
  }
  const form = element.querySelector<HTMLFormElement>('form.signin')!
  const account = element.querySelector<HTMLElement>('.account')!

  const enter = async (user: { id: number; name: string }) => {
    form.hidden = true
    account.hidden = false
    account.querySelector('.who')!.textContent = page.fill(strings.signedInAs, { name: user.name })
    if (element.dataset.room) await showRoom(page, user, element.dataset.room)
    else await showRooms(page)
  }

  account.querySelector('.signout')!.addEventListener('click', async () => {
    await signOut()
    window.location.reload()
  })
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    try {
      await enter(await signIn(String(data.get('email')), String(data.get('password'))))
      page.say('')
    } catch (error) {
      page.say((error as Error).message)
    }
  })

  try {
    const user = await currentUser()
    if (user) await enter(user)
    else form.hidden = false
  } catch (error) {
    page.say((error as Error).message)
  }
}
