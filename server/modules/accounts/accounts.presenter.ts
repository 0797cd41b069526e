import type { MeView, OrganizationView, UserView } from '../../../common/contracts/accounts';
import type { Actor } from '../../../common/actor';
import { canManageOrganizations, canManageUsersOf } from './accounts.policy';
import type { UserWithOrganization } from './accounts.repository';
import type { OrganizationRow } from './accounts.table';

/** The signed-in user's own view. */
export function presentMe(user: UserWithOrganization): MeView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    preferredLocale: user.preferredLocale,
    organization: { id: user.organizationId, kind: user.organizationKind, stateCode: user.stateCode, name: user.organizationName },
  };
}

/** A user as an administrator sees it, with what `actor` may do to it. */
export function presentUser(user: UserWithOrganization, actor: Actor): UserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    preferredLocale: user.preferredLocale,
    organizationId: user.organizationId,
    organizationName: user.organizationName,
    stateCode: user.stateCode,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
    abilities: { update: canManageUsersOf(actor, { id: user.organizationId, kind: user.organizationKind }) },
  };
}

export function presentOrganization(org: OrganizationRow & { userCount: number }, actor: Actor): OrganizationView {
  return {
    id: org.id,
    kind: org.kind,
    stateCode: org.stateCode,
    name: org.name,
    userCount: org.userCount,
    abilities: { update: canManageOrganizations(actor), invite: canManageUsersOf(actor, org) },
  };
}
