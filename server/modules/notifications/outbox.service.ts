import type { MailView } from '../../../common/contracts/notifications';
import type { Actor } from '../../../common/actor';
import type { Db } from '../../db/database';
import { NotFoundError } from '../../lib/errors';
import { pageWindow, type Page } from '../../lib/pagination';
import { outboxScope } from './notifications.policy';
import { findMail, listMail } from './notifications.repository';
import type { MailRow } from './notifications.table';

function scopeFor(actor: Actor): { organizationId: string | null } {
  const scope = outboxScope(actor);
  if (!scope) throw new NotFoundError('outbox');
  return scope;
}

/** The outbox as `actor` may read it. */
export async function listOutbox(db: Db, actor: Actor, window: { limit?: number; offset?: number }): Promise<Page<MailView>> {
  const page = await listMail(db, scopeFor(actor), pageWindow(window));
  return { ...page, items: page.items.map(presentMail) };
}

export async function getOutboxMail(db: Db, actor: Actor, id: string): Promise<MailView> {
  const row = await findMail(db, id, scopeFor(actor));
  if (!row) throw new NotFoundError('mail');
  return presentMail(row);
}

function presentMail(row: MailRow): MailView {
  const { organizationId: _scope, error: _error, ...view } = row;
  return view;
}
