export { recordAudit, verifyAuditChain, type AuditInput, type AuditVerification } from './audit.service';
export { listAuditEventsForEntity, listAuditEventsForState } from './audit.repository';
export type { AuditEventRow } from './audit.table';
