import type { OneTimeTokenTable, OrganizationTable, SessionTable, UserAccountTable } from '../modules/accounts/accounts.table';
import type { AuthorityTable, AuthorityTranslationTable, DesignationTable, JobLeaseTable } from '../modules/directory/directory.table';
import type { AuditEventTable, AuditHeadTable } from '../modules/audit/audit.table';
import type { MailOutboxTable } from '../modules/notifications/notifications.table';
import type { ReferenceDataTable, StateTable, StateTranslationTable } from '../modules/states/states.table';

/** Every table, keyed by its SQL name; columns are camelCase here and snake_case in SQL. */
export interface Database {
  referenceData: ReferenceDataTable;
  state: StateTable;
  stateTranslation: StateTranslationTable;
  organization: OrganizationTable;
  userAccount: UserAccountTable;
  session: SessionTable;
  oneTimeToken: OneTimeTokenTable;
  mailOutbox: MailOutboxTable;
  auditEvent: AuditEventTable;
  auditHead: AuditHeadTable;
  authority: AuthorityTable;
  authorityTranslation: AuthorityTranslationTable;
  designation: DesignationTable;
  jobLease: JobLeaseTable;
}
