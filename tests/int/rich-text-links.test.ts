import type { Payload } from 'payload'

import { beforeAll, describe, expect, it } from 'vitest'

import { clientsByRole, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

/**
 * Rich-text links that a browser would follow somewhere other than they
 * look are refused when saved, by every API (fields/richText.ts,
 * utilities/linkUrl.ts); the site's rendering of the same rule is in
 * tests/unit/site-lexical.test.ts.
 */
let payload: Payload
let clients: Awaited<ReturnType<typeof clientsByRole>>

beforeAll(async () => {
  payload = await getTestPayload()
  clients = await clientsByRole(payload)
})

const bodyWithLink = (url: string, type: 'link' | 'autolink' = 'link') => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [
          {
            type,
            version: 3,
            direction: 'ltr',
            format: '',
            indent: 0,
            fields: { url, linkType: 'custom', newTab: false },
            children: [
              { type: 'text', version: 1, text: 'the link', format: 0, mode: 'normal', style: '', detail: 0 },
            ],
          },
        ],
      },
    ],
  },
})

/** The field paths a Payload 400 names, and its messages. */
const failures = (body: any) => ({
  paths: (body.errors ?? []).flatMap((e: any) => (e.data?.errors ?? []).map((d: any) => d.path ?? d.field)),
  text: JSON.stringify(body.errors ?? []),
})

const REFUSED = [
  '/\\evil.example/x',
  '\\\\evil.example',
  '//evil.example/x',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript\n:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https:evil.example',
  '\u200b//evil.example',
  'evil.example',
]

describe('rich-text links when a post is saved', () => {
  it.each(REFUSED)('refuses %j over REST with 400 naming the body', async (url) => {
    const res = await clients.editor.api.post('/posts', {
      title: `Links ${unique()}`,
      body: bodyWithLink(url),
    })
    expect(res.status).toBe(400)
    const { paths, text } = failures(res.body)
    expect(paths).toContain('body')
    expect(text).toContain('link')
  })

  it('refuses one on update too, and in an autolink', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: `Links ${unique()}` },
      overrideAccess: true,
    })
    const res = await clients.editor.api.patch(`/posts/${post.id}`, {
      body: bodyWithLink('javascript:alert(1)', 'autolink'),
    })
    expect(res.status).toBe(400)
    expect(failures(res.body).paths).toContain('body')
  })

  it('refuses one over GraphQL and the Local API', async () => {
    const res = await clients.editor.api.graphql(
      `mutation($data: mutationPostInput!) { createPost(data: $data) { id } }`,
      { data: { title: `Links ${unique()}`, body: bodyWithLink('/\\evil.example/x') } },
    )
    expect(JSON.stringify(res.body.errors)).toMatch(/body/)
    await expect(
      payload.create({
        collection: 'posts',
        data: { title: `Links ${unique()}`, body: bodyWithLink('//evil.example') as never },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'body' })] } })
  })

  it.each([
    'https://example.org/a?b=c#d',
    'http://example.org',
    '/resources/clinic',
    '#hours',
    '?page=2',
    'mailto:help@example.org',
    'tel:+92915551234',
    '/ur/resources/زچہ-بچہ',
  ])('keeps %j', async (url) => {
    const res = await clients.editor.api.post('/posts', {
      title: `Links ${unique()}`,
      body: bodyWithLink(url),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.body.root.children[0].children[0].fields.url).toBe(url)
  })
})
