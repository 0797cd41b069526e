import type { Db } from '../../db/database';
import type { Page } from '../../lib/pagination';
import { escapeLike } from '../../lib/text';
import type {
  OneTimeTokenTable,
  OrganizationRow,
  OrganizationTable,
  SessionTable,
  TokenPurpose,
  UserAccountTable,
  UserRow,
} from './accounts.table';

/** A user with the organization facts every view and policy needs. */
export type UserWithOrganization = UserRow & {
  organizationName: string;
  organizationKind: OrganizationRow['kind'];
  stateCode: string | null;
};

function usersWithOrganization(db: Db) {
  return db
    .selectFrom('userAccount as u')
    .innerJoin('organization as o', 'o.id', 'u.organizationId')
    .selectAll('u')
    .select(['o.name as organizationName', 'o.kind as organizationKind', 'o.stateCode']);
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('userAccount').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserById(db: Db, id: string): Promise<UserWithOrganization | undefined> {
  return usersWithOrganization(db).where('u.id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Db, email: string): Promise<UserWithOrganization | undefined> {
  return usersWithOrganization(db).where('u.email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function insertUser(db: Db, user: UserAccountTable): Promise<void> {
  await db.insertInto('userAccount').values(user).execute();
}

export async function updateUser(db: Db, id: string, patch: Partial<UserAccountTable>): Promise<void> {
  await db.updateTable('userAccount').set(patch).where('id', '=', id).execute();
}

/** Users visible in `scope` (one organization, or all when null), newest first. */
export async function listUsers(
  db: Db,
  scope: { organizationId: string | null; q?: string },
  window: { limit: number; offset: number },
): Promise<Page<UserWithOrganization>> {
  let query = usersWithOrganization(db);
  if (scope.organizationId) query = query.where('u.organizationId', '=', scope.organizationId);
  if (scope.q) {
    const pattern = `%${escapeLike(scope.q.toLowerCase())}%`;
    query = query.where((eb) =>
      eb.or([eb(eb.fn('lower', ['u.displayName']), 'like', pattern), eb('u.email', 'like', pattern)]),
    );
  }
  const total = await query
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const items = await query.orderBy('u.createdAt', 'desc').orderBy('u.id').limit(window.limit).offset(window.offset).execute();
  return { items, total: Number(total.n), ...window };
}

export async function countActiveAdmins(db: Db, organizationId: string, role: UserRow['role']): Promise<number> {
  const row = await db
    .selectFrom('userAccount')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organizationId', '=', organizationId)
    .where('role', '=', role)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrganization(db: Db, organization: OrganizationTable): Promise<void> {
  await db.insertInto('organization').values(organization).execute();
}

export async function updateOrganization(db: Db, id: string, patch: Partial<OrganizationTable>): Promise<void> {
  await db.updateTable('organization').set(patch).where('id', '=', id).execute();
}

export function findOrganization(db: Db, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organization').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSecretariat(db: Db): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organization').selectAll().where('kind', '=', 'secretariat').orderBy('createdAt').executeTakeFirst();
}

/** Organizations in scope (one, or all when null), with their user counts. */
export async function listOrganizations(
  db: Db,
  scope: { organizationId: string | null; stateCode?: string },
): Promise<(OrganizationRow & { userCount: number })[]> {
  let query = db
    .selectFrom('organization as o')
    .selectAll('o')
    .select((eb) =>
      eb.selectFrom('userAccount as u').whereRef('u.organizationId', '=', 'o.id').select(eb.fn.countAll<number>().as('n')).as('userCount'),
    );
  if (scope.organizationId) query = query.where('o.id', '=', scope.organizationId);
  if (scope.stateCode) query = query.where('o.stateCode', '=', scope.stateCode);
  const rows = await query.orderBy('o.kind', 'desc').orderBy('o.stateCode').orderBy('o.name').execute();
  return rows.map((r) => ({ ...r, userCount: Number(r.userCount) }));
}

export async function insertSession(db: Db, session: SessionTable): Promise<void> {
  await db.insertInto('session').values(session).execute();
}

/** The live session for a token hash, with its user and organization. */
export function findSessionByTokenHash(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('session as s')
    .innerJoin('userAccount as u', 'u.id', 's.userId')
    .innerJoin('organization as o', 'o.id', 'u.organizationId')
    .select(['s.id', 's.csrfToken', 's.lastSeenAt', 'u.id as userId', 'u.role', 'u.status', 'u.preferredLocale'])
    .select(['o.id as organizationId', 'o.kind as organizationKind', 'o.stateCode'])
    .where('s.tokenHash', '=', tokenHash)
    .where('s.expiresAt', '>', now)
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable('session').set({ lastSeenAt, expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('session').where('userId', '=', userId).execute();
}

export async function insertToken(db: Db, token: OneTimeTokenTable): Promise<void> {
  await db.insertInto('oneTimeToken').values(token).execute();
}

/** An unused, unexpired token of `purpose` with this hash. */
export function findLiveToken(db: Db, purpose: TokenPurpose, tokenHash: string, now: string) {
  return db
    .selectFrom('oneTimeToken')
    .selectAll()
    .where('purpose', '=', purpose)
    .where('tokenHash', '=', tokenHash)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now)
    .executeTakeFirst();
}

export async function markTokenUsed(db: Db, id: string, usedAt: string): Promise<void> {
  await db.updateTable('oneTimeToken').set({ usedAt }).where('id', '=', id).execute();
}

/** Retires every live token of `purpose` (for one user, or all when null). */
export async function retireTokens(db: Db, purpose: TokenPurpose, userId: string | null, now: string): Promise<void> {
  let query = db.updateTable('oneTimeToken').set({ usedAt: now }).where('purpose', '=', purpose).where('usedAt', 'is', null);
  if (userId) query = query.where('userId', '=', userId);
  await query.execute();
}

/** Active administrators of the authorities of a State (they keep its directory entries current). */
export function listActiveStateAdmins(db: Db, stateCode: string): Promise<UserWithOrganization[]> {
  return usersWithOrganization(db)
    .where('o.stateCode', '=', stateCode)
    .where('u.role', '=', 'authority_admin')
    .where('u.status', '=', 'active')
    .execute();
}
