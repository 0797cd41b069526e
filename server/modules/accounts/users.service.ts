import type { InviteBody, UserListQuery, UserUpdateBody, UserView } from '../../../common/contracts/accounts';
import type { Actor } from '../../../common/actor';
import { LIMITS } from '../../../common/limits';
import type { Locale } from '../../../common/locales';
import type { Role } from '../../../common/roles';
import type { Db } from '../../db/database';
import { changedFields } from '../../lib/diff';
import { AppError, NotFoundError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { pageWindow, type Page } from '../../lib/pagination';
import { requireActorOf, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { deliverQueuedMail, queueMail } from '../notifications/index';
import { canAssignRole, canListUsers, canManageUsersOf, isSecretariatAdmin } from './accounts.policy';
import { presentUser } from './accounts.presenter';
import {
  countActiveAdmins,
  deleteSessionsOfUser,
  findOrganization,
  findUserByEmail,
  findUserById,
  insertUser,
  listUsers,
  updateUser,
  type UserWithOrganization,
} from './accounts.repository';
import type { OrganizationRow } from './accounts.table';
import { issueToken } from './tokens';

/** Users the actor administers, filtered in SQL; anyone else gets a 404. */
export async function listUsersFor(db: Db, actor: Actor, query: UserListQuery): Promise<Page<UserView>> {
  if (!canListUsers(actor)) throw new NotFoundError('users');
  let organizationId = query.organizationId ?? null;
  if (!isSecretariatAdmin(actor)) {
    if (organizationId && organizationId !== actor.organizationId) throw new NotFoundError('organization');
    organizationId = actor.organizationId;
  }
  const page = await listUsers(db, { organizationId, q: query.q?.trim() }, pageWindow(query));
  return { ...page, items: page.items.map((u) => presentUser(u, actor)) };
}

/** One user, for an administrator of their organization or for themselves. */
export async function getUserFor(db: Db, actor: Actor, id: string): Promise<UserView> {
  return presentUser(await getVisibleUser(db, actor, id), actor);
}

async function getVisibleUser(db: Db, actor: Actor, id: string): Promise<UserWithOrganization> {
  const user = await findUserById(db, id);
  if (!user) throw new NotFoundError('user');
  const scope = { id: user.organizationId, kind: user.organizationKind };
  if (user.id !== actor.userId && !canManageUsersOf(actor, scope)) throw new NotFoundError('user');
  return user;
}

async function getManagedOrganization(db: Db, actor: Actor, organizationId: string): Promise<OrganizationRow> {
  const organization = await findOrganization(db, organizationId);
  if (!organization || !canManageUsersOf(actor, organization)) throw new NotFoundError('organization');
  return organization;
}

/** Changes a user's name, role or status; keeps at least one active admin per organization. */
export async function updateUserFor(db: Db, ctx: ServiceContext, id: string, body: UserUpdateBody): Promise<UserView> {
  const actor = requireActorOf(ctx);
  const updated = await db.transaction().execute(async (trx) => {
    const user = await getVisibleUser(trx, actor, id);
    const organization = { id: user.organizationId, kind: user.organizationKind };
    if (!canManageUsersOf(actor, organization)) throw new NotFoundError('user');
    if (body.role && !canAssignRole(actor, organization, body.role)) {
      throw new AppError('role_not_allowed', 'role does not fit', [{ field: 'role', reason: 'not_allowed' }]);
    }
    const patch = { ...body, displayName: body.displayName?.trim() };
    const changes = changedFields(user, patch);
    if (Object.keys(changes).length === 0) return user;
    const losesAdmin = isAdminRole(user.role) && user.status === 'active' && (changes.role || changes.status);
    if (losesAdmin && (await countActiveAdmins(trx, user.organizationId, user.role)) <= 1) {
      throw new AppError('last_admin', 'an organization keeps at least one active admin');
    }
    await updateUser(trx, id, { ...patch, updatedAt: ctx.clock.now().toISOString() });
    if (body.status === 'disabled') await deleteSessionsOfUser(trx, id);
    await recordAudit(trx, ctx, { action: 'user.updated', entityType: 'user', entityId: id, stateCode: user.stateCode, details: { changes } });
    return (await findUserById(trx, id))!;
  });
  return presentUser(updated, actor);
}

const isAdminRole = (role: Role) => role === 'secretariat_admin' || role === 'authority_admin';

/** Invites someone to an organization: an invited account and a one-time link by e-mail. */
export async function inviteUser(db: Db, ctx: ServiceContext, organizationId: string, body: InviteBody): Promise<UserView> {
  const actor = requireActorOf(ctx);
  const invited = await db.transaction().execute(async (trx) => {
    const organization = await getManagedOrganization(trx, actor, organizationId);
    if (!canAssignRole(actor, organization, body.role)) {
      throw new AppError('role_not_allowed', 'role does not fit', [{ field: 'role', reason: 'not_allowed' }]);
    }
    const email = body.email.trim().toLowerCase();
    if (await findUserByEmail(trx, email)) throw new AppError('email_taken', 'e-mail in use', [{ field: 'email', reason: 'not_allowed' }]);
    const user = await createInvitedUser(trx, ctx, { organization, email, displayName: body.displayName.trim(), role: body.role, locale: body.preferredLocale });
    const token = await issueToken(trx, ctx, 'invitation', user.id, LIMITS.invitationDays * 24 * 60);
    await queueMail(trx, ctx, {
      to: email,
      organizationId: organization.id,
      locale: body.preferredLocale,
      template: 'invitation',
      values: { name: user.displayName, organization: organization.name, link: invitationLink(ctx, token), days: LIMITS.invitationDays },
    });
    return (await findUserById(trx, user.id))!;
  });
  await deliverQueuedMail(db, ctx);
  return presentUser(invited, actor);
}

/** Inserts an invited (password-less) account and audits it. */
export async function createInvitedUser(
  trx: Db,
  ctx: ServiceContext,
  input: { organization: OrganizationRow; email: string; displayName: string; role: Role; locale: Locale },
) {
  const now = ctx.clock.now().toISOString();
  const user = {
    id: newId(),
    organizationId: input.organization.id,
    email: input.email,
    displayName: input.displayName,
    passwordHash: null,
    role: input.role,
    status: 'invited' as const,
    preferredLocale: input.locale,
    createdAt: now,
    updatedAt: now,
    lastLoginAt: null,
  };
  await insertUser(trx, user);
  await recordAudit(trx, ctx, {
    action: 'user.invited',
    entityType: 'user',
    entityId: user.id,
    stateCode: input.organization.stateCode,
    details: { email: user.email, role: user.role, organizationId: input.organization.id },
  });
  return user;
}

/** The link in an invitation e-mail; the token rides in the fragment, so it never reaches server logs. */
export function invitationLink(ctx: ServiceContext, token: string): string {
  return `${ctx.publicUrl}/invitation#token=${token}`;
}
