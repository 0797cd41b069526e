import { IdParams } from '../../../common/contracts/common';
import { MailList, MailListQuery, MailView } from '../../../common/contracts/notifications';
import { requireActor } from '../../platform/session';
import type { App, AppDeps } from '../../platform/types';
import { getOutboxMail, listOutbox } from './outbox.service';

/** The mail outbox, for administrators. */
export function notificationsRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/outbox',
    { schema: { tags: ['mail'], summary: 'List the mail outbox', querystring: MailListQuery, response: { 200: MailList } } },
    async (request) => listOutbox(db, requireActor(request), request.query),
  );

  app.get(
    '/outbox/:id',
    { schema: { tags: ['mail'], summary: 'Read one e-mail in the outbox', params: IdParams, response: { 200: MailView } } },
    async (request) => getOutboxMail(db, requireActor(request), request.params.id),
  );
}
