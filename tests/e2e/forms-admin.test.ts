import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'

import { readFile } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type AdminServer, startAdmin } from '../helpers/adminServer'
import { launchChromium } from '../helpers/browser'
import { testDatabaseUrl } from '../helpers/database'
import { PASSWORD, createTaxonomy, createUser } from '../helpers/fixtures'
import { createForm, validAnswers } from '../helpers/forms'
import { getTestPayload } from '../helpers/payload'

/**
 * A form in Payload's admin (a production build, in Chromium): the builder
 * shows our blocks and fields, and the link on its edit page downloads the
 * answers for whoever may read them.
 */
let payload: Payload
let admin: AdminServer
let browser: Browser
let form: { id: number }

vi.setConfig({ testTimeout: 180_000 })

const signedIn = async (email: string) => {
  const login = await fetch(`${admin.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addCookies([{ name: 'payload-token', value: token, url: admin.url }])
  return context
}

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await startAdmin({
    DATABASE_URL: testDatabaseUrl(),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'hujra-test-secret-not-for-production',
  })
  browser = await launchChromium()
  const { district } = await createTaxonomy(payload)
  form = await createForm(payload, { emails: [{ emailTo: 'office@example.org', subject: 'New answer' }] })
  const values = validAnswers(district.id, { full_name: 'عائشہ خان' })
  await payload.create({
    collection: 'form-submissions',
    data: {
      form: form.id,
      submissionData: Object.entries(values).map(([field, value]) => ({ field, value: String(value) })),
    },
    overrideAccess: true,
  })
})

afterAll(async () => {
  await browser?.close()
  await admin?.close()
})

describe('a form in the admin', () => {
  it('shows its fields, its window and capacity, and a link that downloads the answers', async () => {
    const user = await createUser(payload, ['admin'])
    const context = await signedIn(user.email)
    try {
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${admin.url}/admin/collections/forms/${form.id}`)
      const link = page.getByRole('link', { name: 'Download the answers (CSV)' })
      await link.waitFor({ timeout: 90_000 })
      expect(await link.getAttribute('href')).toBe(
        `${admin.url}/api/forms/${form.id}/submissions.csv?locale=en`,
      )
      for (const label of ['Opens At', 'Closes At', 'Max Submissions', 'Counts Toward Progress'])
        await page.getByText(label, { exact: true }).first().waitFor({ timeout: 30_000 })
      // Every block of the form is there, our district and consent blocks among them.
      for (const block of [
        'Text',
        'Text Area',
        'Email',
        'Number',
        'Select',
        'Checkbox',
        'District',
        'Consent',
      ])
        expect(
          await page.locator('.blocks-field__block-pill').getByText(block, { exact: true }).count(),
        ).toBe(1)

      // Clicked as an editor would: the browser sends the session cookie with the admin as referrer.
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
      expect(download.suggestedFilename()).toBe(`form-${form.id}-submissions.csv`)
      const bytes = await readFile((await download.path())!)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      expect(bytes.toString('utf8')).toContain('عائشہ خان')
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('shows an answer to an admin, and nothing of it to an editor of no campaign of the form', async () => {
    const [answer] = (
      await payload.find({ collection: 'form-submissions', where: { form: { equals: form.id } }, depth: 0 })
    ).docs
    const adminContext = await signedIn((await createUser(payload, ['admin'])).email)
    const editorContext = await signedIn((await createUser(payload, ['editor'])).email)
    try {
      const page = await adminContext.newPage()
      await page.goto(`${admin.url}/admin/collections/form-submissions/${answer!.id}`)
      await page.locator('input[value="عائشہ خان"], textarea').first().waitFor({ timeout: 90_000 })
      expect(await page.content()).toContain('عائشہ خان')

      const denied = await editorContext.newPage()
      await denied.goto(`${admin.url}/admin/collections/form-submissions/${answer!.id}`)
      await denied.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined)
      expect(await denied.content()).not.toContain('عائشہ خان')
      // From the admin's own page, as its link would ask: signed in, and refused.
      const status = await denied.evaluate(
        (url) => fetch(url, { credentials: 'include' }).then((r) => r.status),
        `${admin.url}/api/forms/${form.id}/submissions.csv`,
      )
      expect(status).toBe(403)
    } finally {
      await adminContext.close()
      await editorContext.close()
    }
  })
})
