/** One e-mail, ready to deliver. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Delivers mail; `null` transport means "no SMTP: keep it in the outbox". */
export interface MailTransport {
  deliver(mail: OutgoingMail): Promise<void>;
}
