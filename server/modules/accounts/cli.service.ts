import { LIMITS } from '../../../common/limits';
import type { Locale } from '../../../common/locales';
import { roleFitsOrganization, type Role } from '../../../common/roles';
import type { Db } from '../../db/database';
import { AppError, ValidationError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { stateExists } from '../states/index';
import { findSecretariat, findUserByEmail, insertOrganization, listOrganizations } from './accounts.repository';
import type { OrganizationRow } from './accounts.table';
import { createInvitedUser, invitationLink } from './users.service';
import { issueToken } from './tokens';

export interface CommandLineUser {
  email: string;
  displayName: string;
  role: Role;
  /** The State whose authority the user joins; absent for secretariat roles. */
  stateCode?: string;
  locale: Locale;
}

/**
 * For operators: creates an account and returns a one-time link where its owner sets the
 * password (no password ever passes through the command line). Creates the secretariat or the
 * State's authority if it does not exist yet.
 */
export async function createUserFromCommandLine(db: Db, ctx: ServiceContext, input: CommandLineUser): Promise<string> {
  const kind = input.stateCode ? 'authority' : 'secretariat';
  if (!roleFitsOrganization(input.role, kind)) throw new ValidationError([{ field: 'role', reason: 'not_allowed' }]);
  const stateCode = input.stateCode?.toUpperCase();
  if (stateCode && !(await stateExists(db, stateCode))) throw new ValidationError([{ field: 'state', reason: 'not_allowed' }]);
  const email = input.email.trim().toLowerCase();
  return db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email)) throw new AppError('email_taken');
    const organization = await findOrCreateOrganization(trx, ctx, stateCode);
    const user = await createInvitedUser(trx, ctx, { organization, email, displayName: input.displayName, role: input.role, locale: input.locale });
    return invitationLink(ctx, await issueToken(trx, ctx, 'invitation', user.id, LIMITS.invitationDays * 24 * 60));
  });
}

async function findOrCreateOrganization(trx: Db, ctx: ServiceContext, stateCode: string | undefined): Promise<OrganizationRow> {
  const existing = stateCode ? (await listOrganizations(trx, { organizationId: null, stateCode }))[0] : await findSecretariat(trx);
  if (existing) return existing;
  const now = ctx.clock.now().toISOString();
  const organization: OrganizationRow = {
    id: newId(),
    kind: stateCode ? 'authority' : 'secretariat',
    stateCode: stateCode ?? null,
    name: stateCode ? `Central authority (${stateCode})` : 'Secretariat',
    createdAt: now,
    updatedAt: now,
  };
  await insertOrganization(trx, organization);
  await recordAudit(trx, ctx, { action: 'organization.created', entityType: 'organization', entityId: organization.id, stateCode, details: { name: organization.name } });
  return organization;
}
