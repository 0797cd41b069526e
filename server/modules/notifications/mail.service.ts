import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import { translate, type ServerMessageKey } from '../../platform/i18n';
import { insertMail, listQueuedMail, markMail } from './notifications.repository';

/** The kinds of e-mail Comity sends; each has `mail.<template>.subject` and `.body` in every catalog. */
export type MailTemplate = 'invitation' | 'passwordReset' | 'directoryStale';

export interface MailRequest {
  to: string;
  /** The recipient's organization (scopes who may read it in the outbox). */
  organizationId: string | null;
  locale: Locale;
  template: MailTemplate;
  values: Record<string, string | number>;
}

/**
 * Writes the e-mail, rendered in the recipient's language, into the outbox in the caller's
 * transaction. With SMTP it waits there as `queued` until `deliverQueuedMail` runs after commit;
 * without SMTP it stays in the outbox for administrators to read.
 */
export async function queueMail(trx: Db, ctx: ServiceContext, mail: MailRequest): Promise<string> {
  const id = newId();
  const subject = translate(mail.locale, `mail.${mail.template}.subject` as ServerMessageKey, mail.values);
  const bodyText = translate(mail.locale, `mail.${mail.template}.body` as ServerMessageKey, mail.values);
  await insertMail(trx, {
    id,
    recipient: mail.to,
    organizationId: mail.organizationId,
    locale: mail.locale,
    template: mail.template,
    subject,
    bodyText,
    status: ctx.mailTransport ? 'queued' : 'outbox',
    error: null,
    createdAt: ctx.clock.now().toISOString(),
    sentAt: null,
  });
  // The body carries one-time links: it goes to the outbox, never to the log.
  ctx.log.info({ mailId: id, template: mail.template, locale: mail.locale, subject }, ctx.mailTransport ? 'mail queued' : 'mail kept in outbox (no SMTP_URL)');
  return id;
}

/** Sends what is queued; each message is marked sent or failed. */
export async function deliverQueuedMail(db: Db, ctx: ServiceContext): Promise<number> {
  if (!ctx.mailTransport) return 0;
  let sent = 0;
  for (const mail of await listQueuedMail(db, 100)) {
    try {
      await ctx.mailTransport.deliver({ to: mail.recipient, subject: mail.subject, text: mail.bodyText });
      await markMail(db, mail.id, { status: 'sent', error: null, sentAt: ctx.clock.now().toISOString() });
      sent += 1;
    } catch (error) {
      ctx.log.warn({ mailId: mail.id, err: error }, 'mail delivery failed');
      await markMail(db, mail.id, { status: 'failed', error: String(error), sentAt: null });
    }
  }
  return sent;
}
