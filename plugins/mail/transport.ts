import type SMTPConnection from 'nodemailer/lib/smtp-connection'

import type { Config } from '../../utilities/config'

/**
 * How long each step of talking to the mail server may take. Far below
 * nodemailer's defaults (2 min to connect, 10 min idle): a hung server must
 * fail the attempt well inside the outbox handler's timeout (MAIL_TIMEOUT_MS
 * in send.ts), so the retry is scheduled by the error rather than the lease.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 }

/**
 * The SMTP connection the MAIL_* settings describe:
 *
 * - port 465 is implicit TLS (TLS from the first byte), whatever
 *   MAIL_USE_TLS says: nothing else is spoken on that port;
 * - any other port with MAIL_USE_TLS=true (the default) must upgrade with
 *   STARTTLS, and a server that does not offer it is refused rather than
 *   sent to in clear (`requireTLS`);
 * - MAIL_USE_TLS=false speaks plain SMTP and never upgrades (`ignoreTLS`), for
 *   a relay on this machine or a private network, as the existing
 *   deployment's settings mean it (Flask-Mail's MAIL_USE_TLS=False).
 *
 * Certificates are always checked. MAIL_USERNAME turns on AUTH, with
 * MAIL_PASSWORD (nodemailer picks PLAIN or LOGIN from what the server offers).
 */
export const transportOptions = (env: Config): SMTPConnection.Options => {
  const implicitTls = env.MAIL_PORT === 465
  return {
    host: env.MAIL_SERVER,
    port: env.MAIL_PORT,
    secure: implicitTls,
    ...(implicitTls ? {} : env.MAIL_USE_TLS ? { requireTLS: true } : { ignoreTLS: true }),
    ...(env.MAIL_USERNAME ? { auth: { user: env.MAIL_USERNAME, pass: env.MAIL_PASSWORD ?? '' } } : {}),
    ...SMTP_TIMEOUTS,
  }
}
