import nodemailer from 'nodemailer';
import type { MailTransport } from './mail-transport';

/** Delivers through the SMTP server at `url` (smtp:// or smtps://). */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async deliver(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
