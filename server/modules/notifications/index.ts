export { queueMail, deliverQueuedMail, type MailRequest, type MailTemplate } from './mail.service';
export { notificationsRoutes } from './notifications.routes';
