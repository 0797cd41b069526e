import type { Selectable } from 'kysely';
import type { Locale } from '../../../common/locales';

export type MailStatus = 'queued' | 'sent' | 'outbox' | 'failed';

export interface MailOutboxTable {
  id: string;
  recipient: string;
  /** The recipient's organization, so an authority admin sees only their own users' mail. */
  organizationId: string | null;
  locale: Locale;
  template: string;
  subject: string;
  bodyText: string;
  status: MailStatus;
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type MailRow = Selectable<MailOutboxTable>;
