import { Type, type Static } from 'typebox';
import { IdSchema, LocaleSchema, PageOf, PageQuery } from './common';

/** One e-mail as kept in the outbox. */
export const MailView = Type.Object({
  id: IdSchema,
  recipient: Type.String(),
  locale: LocaleSchema,
  template: Type.String(),
  subject: Type.String(),
  bodyText: Type.String(),
  /** queued (waiting for SMTP), sent, outbox (no SMTP configured: kept here), failed. */
  status: Type.Enum(['queued', 'sent', 'outbox', 'failed']),
  createdAt: Type.String(),
  sentAt: Type.Union([Type.String(), Type.Null()]),
});
export type MailView = Static<typeof MailView>;

export const MailListQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });
export const MailList = PageOf(MailView);
