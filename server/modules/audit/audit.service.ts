import type { Db } from '../../db/database';
import { sha256 } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import { appendAuditEvent, findAuditHead, listAuditEventsAfter, lockAuditHead } from './audit.repository';
import type { AuditEventRow, AuditEventTable } from './audit.table';

/** What happened, to what; the actor and time come from the context. */
export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  stateCode?: string | null;
  details?: Record<string, unknown>;
}

type ChainedFields = Omit<AuditEventTable, 'hash'>;

/** The hash of one row: its fields chained to the previous row's hash. */
export function hashAuditEvent(event: ChainedFields): string {
  return sha256(
    JSON.stringify([
      event.prevHash,
      event.seq,
      event.id,
      event.occurredAt,
      event.actorUserId,
      event.actorOrganizationId,
      event.action,
      event.entityType,
      event.entityId,
      event.stateCode,
      event.details,
    ]),
  );
}

/** Appends one event to the chain. Call inside the transaction that makes the change. */
export async function recordAudit(trx: Db, ctx: ServiceContext, input: AuditInput): Promise<void> {
  const head = await lockAuditHead(trx);
  const fields: ChainedFields = {
    seq: head.seq + 1,
    id: newId(),
    occurredAt: ctx.clock.now().toISOString(),
    actorUserId: ctx.actor?.userId ?? null,
    actorOrganizationId: ctx.actor?.organizationId ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    stateCode: input.stateCode ?? null,
    details: JSON.stringify(input.details ?? {}),
    prevHash: head.hash,
  };
  await appendAuditEvent(trx, { ...fields, hash: hashAuditEvent(fields) });
}

export type AuditVerification = { ok: true; count: number } | { ok: false; seq: number; reason: string };

/** Walks the whole chain; answers OK or the first row that does not hold. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let expectedPrev = 'genesis';
  let expectedSeq = 1;
  for (;;) {
    const batch: AuditEventRow[] = await listAuditEventsAfter(db, expectedSeq - 1, 1000);
    for (const row of batch) {
      const problem = checkRow(row, expectedSeq, expectedPrev);
      if (problem) return { ok: false, seq: row.seq, reason: problem };
      expectedPrev = row.hash;
      expectedSeq += 1;
    }
    if (batch.length < 1000) break;
  }
  const head = await findAuditHead(db);
  if (head.seq !== expectedSeq - 1 || head.hash !== expectedPrev) {
    return { ok: false, seq: expectedSeq, reason: 'rows missing at the end of the chain' };
  }
  return { ok: true, count: expectedSeq - 1 };
}

function checkRow(row: AuditEventRow, seq: number, prevHash: string): string | undefined {
  if (row.seq !== seq) return `row ${seq} is missing`;
  if (row.prevHash !== prevHash) return 'previous hash does not match';
  const { hash, ...fields } = row;
  if (hashAuditEvent({ ...fields, seq: Number(fields.seq) }) !== hash) return 'content does not match its hash';
  return undefined;
}
