import { type Server, createServer } from 'node:http'

import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApplication } from '../../realtime/app'
import { chatMessages } from '../../site/src/i18n/chat'
import { launchChromium } from '../helpers/browser'
import { axeViolations, openPage } from '../helpers/page'
import { startCmsServer } from '../helpers/cmsServer'
import { PASSWORD, createUser, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { startSite } from '../helpers/site'
import { freePort } from '../helpers/startProcess'

/**
 * Feedback in the chat (issue 15, point 8): a skeleton holds the history's
 * place until it arrives, and a message that cannot go out is marked in the
 * conversation with an error toast (announced, in #toasts) whose Retry sends
 * it again once the realtime server is back. The realtime server here is the
 * real one, on a port of its own, stopped and started again on that port as
 * a restarted sidecar would be.
 */
let payload: Payload
let cms: Awaited<ReturnType<typeof startCmsServer>>
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let port: number
let realtime: { close: () => Promise<void> } | null = null
const id = unique()
const origins: string[] = []

/** The realtime sidecar on `port`, as realtime/index.ts builds it. */
const startRealtime = async () => {
  const httpServer: Server = createServer()
  const io = createApplication(httpServer, { payload }, { allowedOrigins: origins })
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve))
  realtime = {
    close: () =>
      new Promise<void>((resolve) => {
        io.close(() => resolve())
        httpServer.closeAllConnections()
      }),
  }
}
const stopRealtime = async () => {
  await realtime?.close()
  realtime = null
}

beforeAll(async () => {
  payload = await getTestPayload()
  cms = await startCmsServer()
  port = await freePort()
  site = await startSite({ CMS_URL: cms.url, REALTIME_PORT: String(port) })
  origins.push(site.url)
  await startRealtime()
  browser = await launchChromium()
  // The first page and the first sign-in of a run are the slow ones (lazy imports in the CMS and
  // the site): take them here rather than inside a test's waits.
  const warm = await createUser(payload, ['member'], `warm-${id}`)
  await fetch(`${site.url}/community`)
  await fetch(`${site.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site.url },
    body: JSON.stringify({ email: warm.email, password: PASSWORD }),
  })
})

afterAll(async () => {
  await browser?.close()
  await stopRealtime()
  await site?.stop()
  await cms?.close()
})

const signedIn = async (pathname: string, email: string) => {
  const { page } = await openPage(browser, `${site.url}${pathname}`)
  const context = page.context()
  await page.fill('form.signin input[name="email"]', email)
  await page.fill('form.signin input[name="password"]', PASSWORD)
  await page.click('form.signin button[type="submit"]')
  return { context, page }
}

describe('the chat history', () => {
  it('is held by a skeleton until it arrives, then the skeleton goes', async () => {
    const reader = await createUser(payload, ['member'], `skeleton-${id}`)
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Skeleton room ${id}`, visibility: 'public' },
      user: reader,
      overrideAccess: false,
    })
    await payload.create({
      collection: 'chat-messages',
      data: { room: room.id, text: `Earlier message ${id}` },
      user: reader,
      overrideAccess: false,
    })
    const context = await browser.newContext()
    // The realtime connection waits at a gate the test opens, so "before the history" is a state
    // the test can look at rather than a race it may lose.
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    await context.routeWebSocket(/\/socket\.io\//, async (ws) => {
      await gate
      ws.connectToServer()
    })
    try {
      const { page } = await openPage(context, `${site.url}/ur/community/${room.slug}`)
      await page.fill('form.signin input[name="email"]', reader.email)
      await page.fill('form.signin input[name="password"]', PASSWORD)
      await page.click('form.signin button[type="submit"]')
      await page.waitForSelector('section.room:not([hidden])', { timeout: 60_000 })
      const skeleton = page.locator('.log .history-loading .skeleton')
      expect(await skeleton.count()).toBeGreaterThan(0)
      expect(await skeleton.first().isVisible()).toBe(true)
      expect(await page.getAttribute('.log', 'aria-busy')).toBe('true')
      // Screen readers are told in words; the grey bars are hidden from them.
      expect(await page.textContent('.log .history-loading .sr-only')).toBe(chatMessages.ur.loadingMessages)
      expect(await skeleton.first().getAttribute('aria-hidden')).toBe('true')
      expect(await page.locator('.message').count()).toBe(0)
      expect(await axeViolations(page)).toEqual([])

      open()
      await page.locator('.message', { hasText: `Earlier message ${id}` }).waitFor()
      expect(await page.locator('.log .skeleton').count()).toBe(0)
      expect(await page.getAttribute('.log', 'aria-busy')).toBe('false')
    } finally {
      open()
      await context.close()
    }
    // Sign-in, two fetches, a socket and axe: 10–30 s when the two cores are busy.
  }, 90_000)

  it('holds the room list’s place too while it loads', async () => {
    const reader = await createUser(payload, ['member'], `rooms-${id}`)
    const context = await browser.newContext()
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    // The list comes from the site's /api/rooms: hold that answer back until the test has looked.
    await context.route(/\/api\/rooms$/, async (route) => {
      await gate
      await route.continue()
    })
    try {
      const { page } = await (async () => {
        const { page } = await openPage(context, `${site.url}/ps/community`)
        await page.fill('form.signin input[name="email"]', reader.email)
        await page.fill('form.signin input[name="password"]', PASSWORD)
        await page.click('form.signin button[type="submit"]')
        return { page }
      })()
      await page.waitForSelector('section.rooms:not([hidden]) .rooms-loading .skeleton')
      open()
      await page.waitForSelector('section.rooms .rooms-loading', { state: 'detached' })
    } finally {
      open()
      await context.close()
    }
  }, 60_000)
})

describe('a message that fails to send', () => {
  it('is marked in the list, announced in an error toast, and sent again by Retry', async () => {
    const reader = await createUser(payload, ['member'], `retry-${id}`)
    const room = await payload.create({
      collection: 'chat-rooms',
      data: { name: `Retry room ${id}`, visibility: 'public' },
      user: reader,
      overrideAccess: false,
    })
    const { context, page } = await signedIn(`/ur/community/${room.slug}`, reader.email)
    const s = chatMessages.ur
    try {
      await page.waitForFunction(
        (connected) => document.querySelector('.chat .status')?.textContent === connected,
        s.connected,
      )
      // The sidecar stops; the reader sends anyway.
      await stopRealtime()
      await page.locator('.chat .connection').waitFor({ state: 'visible' })
      const text = `کیا کلینک جمعہ کو کھلا ہے؟ ${id}`
      await page.fill('#chat-text', text)
      await page.press('#chat-text', 'Enter')

      const toast = page.locator('#toasts .toast-error')
      await toast.waitFor()
      expect(await toast.getAttribute('role')).toBe('alert')
      expect(await toast.locator('span').first().textContent()).toBe(s.notSentToast)
      expect(await page.getAttribute('#toasts', 'aria-live')).toBe('polite')
      const retry = toast.getByRole('button', { name: s.retrySend })
      expect(await retry.isVisible()).toBe(true)
      // Marked in the conversation, in words as well as colour; the text stays in the box as before.
      const failed = page.locator('.message.failed', { hasText: text })
      expect(await failed.locator('.not-sent').textContent()).toBe(s.notSentMark)
      expect(await page.inputValue('#chat-text')).toBe(text)
      // Sending the same box again while still offline marks one entry, not two.
      await page.press('#chat-text', 'Enter')
      await page.waitForTimeout(200)
      expect(await page.locator('.message.failed').count()).toBe(1)
      expect(await page.locator('#toasts .toast-error').count()).toBe(1)
      expect(await axeViolations(page)).toEqual([])

      // Retry while the server is still away: another failure, told again, nothing stored.
      await page.locator('#toasts .toast-error').getByRole('button', { name: s.retrySend }).click()
      await page.locator('#toasts .toast-error').waitFor({ timeout: 20_000 })
      expect(await page.locator('.message.failed').count()).toBe(1)

      // The sidecar is back: Retry sends it, once.
      await startRealtime()
      await page.locator('#toasts .toast-error').getByRole('button', { name: s.retrySend }).click()
      await page.locator('.message:not(.failed)', { hasText: text }).waitFor({ timeout: 20_000 })

      expect(await page.locator('.message.failed').count()).toBe(0)
      expect(await page.locator('#toasts .toast-error').count()).toBe(0)
      // Sent from the toast: the box is cleared so it does not go out twice.
      expect(await page.inputValue('#chat-text')).toBe('')
      const stored = await payload.find({
        collection: 'chat-messages',
        where: { room: { equals: room.id } },
        overrideAccess: true,
      })
      expect(stored.docs.map((m) => m.text)).toEqual([text])
    } finally {
      await context.close()
      if (!realtime) await startRealtime()
    }
  }, 90_000)
})
