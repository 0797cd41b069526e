import type { Selectable } from 'kysely';

export interface AuditEventTable {
  seq: number;
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorOrganizationId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  stateCode: string | null;
  /** JSON text: before/after of the fields that changed, or what was read. */
  details: string;
  prevHash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export type AuditEventRow = Selectable<AuditEventTable>;
