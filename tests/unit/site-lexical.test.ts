import { describe, expect, it } from 'vitest'

import { renderLexical } from '../../site/src/lib/lexical'

/** The site's Lexical → HTML rendering (site/src/lib/lexical.ts), node type by node type. */
const CMS = 'http://cms.test'
const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children, version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })
const render = (value: unknown, locale: 'en' | 'ur' | 'ps' = 'en') =>
  renderLexical(value, { locale, cmsPublicUrl: CMS })
const link = (url: string, extra: Record<string, unknown> = {}, type = 'link') => ({
  type,
  fields: { url, linkType: 'custom', ...extra },
  children: [text('here')],
  version: 3,
})

describe('text', () => {
  it('escapes everything, so no markup or script passes through', () => {
    const html = render(doc(paragraph(text('<script>alert(1)</script> & "quotes" \'single\''))))
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;single&#39;</p>',
    )
    expect(html).not.toContain('<script')
  })

  it('shows bold, italic, strikethrough, underline, code, sub and superscript', () => {
    expect(render(doc(paragraph(text('b', 1), text('i', 2), text('s', 4), text('u', 8))))).toBe(
      '<p><strong>b</strong><em>i</em><s>s</s><u>u</u></p>',
    )
    expect(render(doc(paragraph(text('c', 16), text('x', 32), text('y', 64))))).toBe(
      '<p><code>c</code><sub>x</sub><sup>y</sup></p>',
    )
    expect(render(doc(paragraph(text('both', 1 | 4))))).toBe('<p><s><strong>both</strong></s></p>')
  })

  it('keeps line breaks and tabs', () => {
    expect(render(doc(paragraph(text('a'), { type: 'linebreak' }, text('b'), { type: 'tab' })))).toBe(
      '<p>a<br>b\t</p>',
    )
  })

  it('drops raw HTML nodes and unknown nodes to their text', () => {
    const html = render(
      doc(
        { type: 'html', html: '<img src=x onerror=alert(1)>', children: [] },
        { type: 'block', fields: { blockType: 'x' }, children: [text('<b>kept as text</b>')] },
      ),
    )
    expect(html).toBe('&lt;b&gt;kept as text&lt;/b&gt;')
  })

  it('gives nothing for values that are not Lexical', () => {
    for (const value of [null, undefined, 'text', 42, {}, { root: {} }, { root: { children: 'abc' } }])
      expect(render(value)).toBe('')
  })
})

describe('blocks', () => {
  it('starts headings at h2 and ends them at h4, under the page’s h1', () => {
    expect(render(doc({ type: 'heading', tag: 'h1', children: [text('A')] }))).toBe('<h2>A</h2>')
    expect(render(doc({ type: 'heading', tag: 'h3', children: [text('B')] }))).toBe('<h3>B</h3>')
    expect(render(doc({ type: 'heading', tag: 'h6', children: [text('C')] }))).toBe('<h4>C</h4>')
    expect(render(doc({ type: 'heading', tag: '"><script>', children: [text('D')] }))).toBe('<h2>D</h2>')
  })

  it('renders quotes, horizontal rules and lists', () => {
    expect(render(doc({ type: 'quote', children: [text('q')] }))).toBe('<blockquote>q</blockquote>')
    expect(render(doc(paragraph(text('a')), { type: 'horizontalrule' }, paragraph(text('b'))))).toBe(
      '<p>a</p><hr><p>b</p>',
    )
    const item = (value: string) => ({ type: 'listitem', children: [text(value)] })
    expect(render(doc({ type: 'list', listType: 'bullet', children: [item('x'), item('y')] }))).toBe(
      '<ul><li>x</li><li>y</li></ul>',
    )
    expect(render(doc({ type: 'list', listType: 'number', start: 3, children: [item('x')] }))).toBe(
      '<ol start="3"><li>x</li></ol>',
    )
  })

  it('shows a checklist’s checked state with real, read-only checkboxes', () => {
    const html = render(
      doc({
        type: 'list',
        listType: 'check',
        children: [
          { type: 'listitem', checked: true, children: [text('Done')] },
          { type: 'listitem', checked: false, children: [text('To do')] },
        ],
      }),
    )
    expect(html).toBe(
      '<ul class="checklist">' +
        '<li class="checked"><label><input type="checkbox" disabled checked> Done</label></li>' +
        '<li class="unchecked"><label><input type="checkbox" disabled> To do</label></li>' +
        '</ul>',
    )
  })

  it('nests lists', () => {
    const nested = {
      type: 'list',
      listType: 'bullet',
      children: [{ type: 'listitem', children: [text('in')] }],
    }
    expect(
      render(doc({ type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [nested] }] })),
    ).toBe('<ul><li class="nested"><ul><li>in</li></ul></li></ul>')
  })
})

describe('links', () => {
  it('links to other sites with rel="noopener noreferrer", and opens a new tab only when asked', () => {
    expect(render(doc(paragraph(link('https://example.org/a?b=1&c=2'))))).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">here</a></p>',
    )
    expect(render(doc(paragraph(link('https://example.org', { newTab: true }))))).toBe(
      '<p><a href="https://example.org/" rel="noopener noreferrer" target="_blank">here</a></p>',
    )
    expect(render(doc(paragraph(link('/resources/clinic'))))).toBe(
      '<p><a href="/resources/clinic">here</a></p>',
    )
    expect(render(doc(paragraph(link('#hours'))))).toBe('<p><a href="#hours">here</a></p>')
    expect(render(doc(paragraph(link('mailto:help@example.org'))))).toBe(
      '<p><a href="mailto:help@example.org">here</a></p>',
    )
    expect(render(doc(paragraph(link('https://example.org', {}, 'autolink'))))).toContain(
      '<a href="https://example.org/"',
    )
  })

  it.each([
    '/\\evil.example/x',
    '\\/evil.example',
    '//evil.example/x',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    '\u200b//evil.example',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'https:evil.example',
    'https:/evil.example',
    'evil.example',
    '',
  ])('shows %j as plain text, never as a link', (url) => {
    for (const type of ['link', 'autolink']) {
      const html = render(doc(paragraph(link(url, {}, type))))
      expect(html).toBe('<p>here</p>')
    }
  })

  it('links a document in the reader’s language, and leaves an unpopulated one as text', () => {
    const internal = (value: unknown) =>
      link('', { linkType: 'internal', doc: { relationTo: 'resources', value } })
    expect(render(doc(paragraph(internal({ id: 1, slug: 'زچہ-بچہ' }))), 'ur')).toBe(
      `<p><a href="/ur/resources/${encodeURIComponent('زچہ-بچہ')}">here</a></p>`,
    )
    expect(render(doc(paragraph(internal(7))))).toBe('<p>here</p>')
    expect(
      render(
        doc(
          paragraph(link('', { linkType: 'internal', doc: { relationTo: 'users', value: { slug: 'x' } } })),
        ),
      ),
    ).toBe('<p>here</p>')
  })
})

describe('uploads', () => {
  const upload = (value: unknown, fields?: unknown) => ({
    type: 'upload',
    relationTo: 'files',
    value,
    fields,
  })

  it('shows an image through the CMS’s public file URL, with its alt text in the reader’s language', () => {
    const image = {
      id: 3,
      url: '/api/files/file/abc.png',
      mimeType: 'image/png',
      filename: 'abc.png',
      width: 640,
      height: 480,
      alt: { en: 'Opening <hours>', ur: 'اوقات' },
    }
    expect(render(doc(upload(image)), 'ur')).toBe(
      '<img src="http://cms.test/api/files/file/abc.png" alt="اوقات" width="640" height="480" loading="lazy" decoding="async">',
    )
    // No Pashto alt: the English one, marked as English.
    expect(render(doc(upload(image)), 'ps')).toContain('alt="Opening &lt;hours&gt;" lang="en"')
    // The node's own alt wins over the file's.
    expect(render(doc(upload(image, { alt: 'Timetable' })))).toContain('alt="Timetable"')
  })

  it('offers other files as a download', () => {
    const pdf = {
      id: 4,
      url: 'http://cms.test/api/files/file/x.pdf',
      mimeType: 'application/pdf',
      filename: 'x.pdf',
    }
    expect(render(doc(upload(pdf)))).toBe(
      '<p class="file"><a href="http://cms.test/api/files/file/x.pdf" download>x.pdf</a></p>',
    )
    const svg = {
      ...pdf,
      url: '/api/files/file/y.svg',
      mimeType: 'image/svg+xml',
      filename: 'y.svg',
      alt: 'Map',
    }
    expect(render(doc(upload(svg)))).toBe(
      '<p class="file"><a href="http://cms.test/api/files/file/y.svg" download><span>Map</span></a></p>',
    )
  })

  it('shows nothing for a file the public may not read (not populated)', () => {
    expect(render(doc(upload(12)))).toBe('')
    expect(render(doc(upload(null)))).toBe('')
  })
})

describe('relationships', () => {
  const relationship = (relationTo: string, value: unknown) => ({ type: 'relationship', relationTo, value })

  it('links the related resource or post in the reader’s language', () => {
    expect(
      render(
        doc(relationship('resources', { id: 1, slug: 'clinic', title: { en: 'Clinic', ps: 'کلينيک' } })),
        'ps',
      ),
    ).toBe('<p class="related"><a href="/ps/resources/clinic">کلينيک</a></p>')
    expect(render(doc(relationship('posts', { id: 2, slug: 'news', title: { en: '<News>' } })), 'ur')).toBe(
      '<p class="related"><a href="/ur/posts/news" lang="en">&lt;News&gt;</a></p>',
    )
    expect(render(doc(relationship('categories', { id: 3, slug: 'health', name: 'Health' })))).toBe(
      '<p class="related"><a href="/categories/health">Health</a></p>',
    )
  })

  it('shows nothing for a relationship without a public page', () => {
    expect(render(doc(relationship('resources', 5)))).toBe('')
    expect(render(doc(relationship('users', { id: 1, slug: 'x', name: 'X' })))).toBe('')
  })
})
