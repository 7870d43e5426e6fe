import type { Config } from 'payload'

import { withOutboxTopics } from '../outbox'
import { mailTopic } from './send'

export { formatSender, logAdapter, mailAdapter } from './adapter'
export { isOwnLink, serverLink, siteLink } from './links'
export { MAIL_TOPIC, type QueueMailInput, queueMail } from './send'
export { parseSender } from './sender'
export {
  MAIL_LOCALES,
  type MailLocale,
  type RenderedMail,
  type TemplateData,
  type TemplateName,
  renderMail,
  templates,
} from './templates'

/**
 * Mail: `queueMail` writes a message into the outbox in the caller's
 * transaction and this plugin's `mail.send` topic renders it in the reader's
 * language and hands it to `payload.sendEmail` (`mailAdapter`, set by
 * MAIL_*), retried with backoff when the server is slow or down.
 */
export const mailPlugin =
  () =>
  (incoming: Config): Config =>
    withOutboxTopics(incoming, [mailTopic])
