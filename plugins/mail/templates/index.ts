import type { z } from 'zod'

import { accountExists } from './accountExists'
import { type MailTemplate, renderTemplate } from './define'
import { formSubmission } from './formSubmission'
import { passwordChanged } from './passwordChanged'
import { resetPassword } from './resetPassword'
import { twoFactorReset } from './twoFactorReset'
import type { MailLocale, RenderedMail } from './types'
import { verifyEmail } from './verifyEmail'

export { escapeHtml, isAbsoluteHttpUrl } from './layout'
export { MAIL_LOCALES, type MailLocale, type RenderedMail } from './types'

/** Every template, by the name callers queue it with. */
export const templates = {
  'verify-email': verifyEmail,
  'reset-password': resetPassword,
  'password-changed': passwordChanged,
  'two-factor-reset': twoFactorReset,
  'account-exists': accountExists,
  'form-submission': formSubmission,
} satisfies Record<string, MailTemplate>

export type TemplateName = keyof typeof templates

/** The data a template takes, as callers pass it. */
export type TemplateData<T extends TemplateName> = z.input<(typeof templates)[T]['data']>

export const isTemplateName = (value: unknown): value is TemplateName =>
  typeof value === 'string' && Object.hasOwn(templates, value)

/**
 * A template's subject, text and HTML in one language. Throws zod's error
 * when the data does not fit the template (queueMail turns it into a 400).
 */
export const renderMail = <T extends TemplateName>(
  template: T,
  locale: MailLocale,
  data: TemplateData<T>,
): RenderedMail => {
  const spec = templates[template] as MailTemplate
  return renderTemplate(spec, locale, spec.data.parse(data))
}
