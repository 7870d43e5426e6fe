import type { MailContent, MailLocale, RenderedMail } from './types'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text as HTML text or attribute value: nothing in it can open a tag or leave a quoted attribute. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

/** Whether a link can go in a mail: absolute http(s), so it works outside the site, and nothing else. */
export const isAbsoluteHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href === value
  } catch {
    return false
  }
}

const SIGNATURE: Record<MailLocale, string> = { en: 'Hujra', ur: 'حجرہ', ps: 'حجره' }

/** Urdu reads best in Nastaliq, Pashto in Naskh; each falls back to what the reader's system has. */
const FONTS: Record<MailLocale, string> = {
  en: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  ur: "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Noto Naskh Arabic', Tahoma, serif",
  ps: "'Noto Naskh Arabic', 'Bahij Nassim', Tahoma, 'Segoe UI', Arial, sans-serif",
}

const isRtl = (locale: MailLocale) => locale !== 'en'

const text = (content: MailContent, locale: MailLocale): string =>
  [
    content.greeting,
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}:\n${content.action.url}`] : []),
    ...(content.notes ?? []),
    `— ${SIGNATURE[locale]}`,
  ].join('\n\n') + '\n'

const html = (content: MailContent, locale: MailLocale): string => {
  const dir = isRtl(locale) ? 'rtl' : 'ltr'
  const lineHeight = locale === 'ur' ? '2.2' : '1.6'
  const paragraph = (value: string, style = '') =>
    `<p style="margin:0 0 16px;${style}">${escapeHtml(value)}</p>`
  const action = content.action
    ? [
        `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${escapeHtml(content.action.label)}</a></p>`,
        // The address as text too: some readers' mail programs do not show buttons.
        `<p style="margin:0 0 16px;font-size:14px;color:#374151" dir="ltr"><a href="${escapeHtml(content.action.url)}" style="color:#1d4ed8;word-break:break-all">${escapeHtml(content.action.url)}</a></p>`,
      ].join('\n')
    : ''
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6">
<div lang="${locale}" dir="${dir}" style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;color:#111827;font-family:${FONTS[locale].replace(/"/g, '&quot;')};font-size:16px;line-height:${lineHeight};text-align:${isRtl(locale) ? 'right' : 'left'}">
${[paragraph(content.greeting), ...content.paragraphs.map((p) => paragraph(p)), action, ...(content.notes ?? []).map((n) => paragraph(n, 'font-size:14px;color:#4b5563')), paragraph(`— ${SIGNATURE[locale]}`, 'color:#4b5563')].filter(Boolean).join('\n')}
</div>
</body>
</html>
`
}

/** The text and HTML parts of what a template says, in its language and direction. */
export const renderContent = (content: MailContent, locale: MailLocale): RenderedMail => {
  if (content.action && !isAbsoluteHttpUrl(content.action.url)) {
    // Callers validate links first (queueMail answers 400); reaching here is a bug.
    throw new Error('mail: an action link must be an absolute http(s) URL')
  }
  // Line breaks and tabs in a subject would start new header lines.
  const subject = content.subject.replace(/\s+/g, ' ').trim()
  return { subject, text: text(content, locale), html: html({ ...content, subject }, locale) }
}
