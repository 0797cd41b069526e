import type { Db } from '../../db/database';
import { forUpdate } from '../../db/dialect';
import type { AuditEventRow, AuditEventTable } from './audit.table';

/** The head of the chain (last seq and hash), locked for the rest of the transaction. */
export async function lockAuditHead(db: Db): Promise<{ seq: number; hash: string }> {
  const query = db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1);
  return forUpdate(db, query).executeTakeFirstOrThrow();
}

export async function appendAuditEvent(db: Db, event: AuditEventTable): Promise<void> {
  await db.insertInto('auditEvent').values(event).execute();
  await db.updateTable('auditHead').set({ seq: event.seq, hash: event.hash }).where('id', '=', 1).execute();
}

export async function findAuditHead(db: Db): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Events in chain order, `limit` at a time after `afterSeq`. */
export async function listAuditEventsAfter(db: Db, afterSeq: number, limit: number): Promise<AuditEventRow[]> {
  return db.selectFrom('auditEvent').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

/** Events about one entity, newest first. */
export async function listAuditEventsForEntity(
  db: Db,
  entityType: string,
  entityId: string,
  limit: number,
): Promise<AuditEventRow[]> {
  return db
    .selectFrom('auditEvent')
    .selectAll()
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
}

/** A State's events about the given entity types, newest first, with the actor's name. */
export function listAuditEventsForState(db: Db, stateCode: string, entityTypes: string[], limit: number) {
  return db
    .selectFrom('auditEvent as e')
    .leftJoin('userAccount as u', 'u.id', 'e.actorUserId')
    .select(['e.seq', 'e.occurredAt', 'e.action', 'e.entityType', 'e.entityId', 'e.details', 'u.displayName as actorName'])
    .where('e.stateCode', '=', stateCode)
    .where('e.entityType', 'in', entityTypes)
    .orderBy('e.seq', 'desc')
    .limit(limit)
    .execute();
}
