import type { EmailAdapter, Payload, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import { type Config, config } from '../../utilities/config'
import { type Sender, parseSender } from './sender'
import { transportOptions } from './transport'

type Initialized = ReturnType<EmailAdapter>

/** `"Name" <address>`, quoted so a comma or an angle bracket in the name cannot make a second address. */
export const formatSender = ({ name, address }: Sender): string =>
  `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`

const recipients = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : to ? [to] : []).map((r) => (typeof r === 'string' ? r : r.address)).join(', ')

/**
 * Without MAIL_SERVER: mail is written to the log (recipient, subject and
 * the text part, so a developer can follow its link) and goes nowhere else.
 * Never Payload's nodemailer default, which would open an account at
 * ethereal.email over the internet.
 */
export const logAdapter =
  (sender: Sender): EmailAdapter =>
  ({ payload }) => ({
    name: 'log',
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    sendEmail: async (message) => {
      payload.logger.info({
        msg: `mail (not sent: MAIL_SERVER is not set) to ${recipients(message.to)}: ${String(message.subject ?? '')}`,
        mail: { to: recipients(message.to), subject: message.subject, text: message.text },
      })
    },
  })

/** The adapter one set of MAIL_* values describes. */
const build = async (env: Config, payload: Payload): Promise<Initialized> => {
  const sender = parseSender(env.MAIL_DEFAULT_SENDER)
  if (!env.MAIL_SERVER) return logAdapter(sender)({ payload })
  const adapter = await nodemailerAdapter({
    defaultFromAddress: sender.address,
    defaultFromName: sender.name,
    transportOptions: transportOptions(env),
    // verify() would hold up the start on a slow server; the outbox retries a failed send anyway.
    skipVerify: true,
  })
  return adapter({ payload })
}

const MAIL_VARIABLES = [
  'MAIL_SERVER',
  'MAIL_PORT',
  'MAIL_USE_TLS',
  'MAIL_USERNAME',
  'MAIL_PASSWORD',
  'MAIL_DEFAULT_SENDER',
] as const

/**
 * Payload's email adapter (`payload.sendEmail`), set by MAIL_*: SMTP through
 * Payload's nodemailer adapter when MAIL_SERVER is set, the log otherwise.
 *
 * The settings are read from `config()` on each send, and a transport is
 * built once per distinct set of them: a test (or `resetConfig`) that
 * changes MAIL_* gets the new server without a new Payload, and a running
 * CMS builds one transport in its life.
 */
export const mailAdapter =
  (): EmailAdapter =>
  ({ payload }) => {
    const sender = () => parseSender(config().MAIL_DEFAULT_SENDER)
    // A bad MAIL_DEFAULT_SENDER stops the start, naming the variable.
    sender()
    if (!config().MAIL_SERVER)
      payload.logger.info('mail: MAIL_SERVER is not set; mail is written to the log, never sent')

    let current: { key: string; adapter: Promise<Initialized> } | undefined
    const resolve = () => {
      const env = config()
      const key = JSON.stringify(MAIL_VARIABLES.map((name) => env[name]))
      if (current?.key !== key) {
        const adapter = build(env, payload)
        const entry = { key, adapter }
        current = entry
        adapter.catch(() => {
          if (current === entry) current = undefined
        })
      }
      return current.adapter
    }

    return {
      name: 'hujra-mail',
      get defaultFromAddress() {
        return sender().address
      },
      get defaultFromName() {
        return sender().name
      },
      sendEmail: async (message) =>
        (await resolve()).sendEmail({ ...message, from: message.from ?? formatSender(sender()) }),
    }
  }
