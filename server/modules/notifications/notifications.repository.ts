import type { Db } from '../../db/database';
import type { Page } from '../../lib/pagination';
import type { MailOutboxTable, MailRow } from './notifications.table';

export async function insertMail(db: Db, mail: MailOutboxTable): Promise<void> {
  await db.insertInto('mailOutbox').values(mail).execute();
}

export function listQueuedMail(db: Db, limit: number): Promise<MailRow[]> {
  return db.selectFrom('mailOutbox').selectAll().where('status', '=', 'queued').orderBy('createdAt').limit(limit).execute();
}

export async function markMail(db: Db, id: string, patch: Pick<MailOutboxTable, 'status' | 'error' | 'sentAt'>): Promise<void> {
  await db.updateTable('mailOutbox').set(patch).where('id', '=', id).execute();
}

/** Mail in scope (one organization's recipients, or all when null), newest first. */
export async function listMail(
  db: Db,
  scope: { organizationId: string | null },
  window: { limit: number; offset: number },
): Promise<Page<MailRow>> {
  let query = db.selectFrom('mailOutbox');
  if (scope.organizationId) query = query.where('organizationId', '=', scope.organizationId);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await query.selectAll().orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(window.limit).offset(window.offset).execute();
  return { items, total: Number(total.n), ...window };
}

export function findMail(db: Db, id: string, scope: { organizationId: string | null }): Promise<MailRow | undefined> {
  let query = db.selectFrom('mailOutbox').selectAll().where('id', '=', id);
  if (scope.organizationId) query = query.where('organizationId', '=', scope.organizationId);
  return query.executeTakeFirst();
}
