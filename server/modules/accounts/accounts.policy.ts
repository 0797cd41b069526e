import type { Actor } from '../../../common/actor';
import { roleFitsOrganization, type OrganizationKind, type Role } from '../../../common/roles';

/** The part of an organization the rules look at. */
export interface OrganizationScope {
  id: string;
  kind: OrganizationKind;
}

export const isSecretariatAdmin = (actor: Actor): boolean => actor.role === 'secretariat_admin';

/** Secretariat admins manage every organization's users; an authority admin only their own. */
export function canManageUsersOf(actor: Actor, organization: OrganizationScope): boolean {
  if (isSecretariatAdmin(actor)) return true;
  return actor.role === 'authority_admin' && actor.organizationId === organization.id;
}

/** Who may see an organization at all: its own members, and the secretariat. */
export function canViewOrganization(actor: Actor, organization: OrganizationScope): boolean {
  return actor.organizationKind === 'secretariat' || actor.organizationId === organization.id;
}

/** Only the secretariat creates organizations and renames them. */
export function canManageOrganizations(actor: Actor): boolean {
  return isSecretariatAdmin(actor);
}

/** The users list is for administrators. */
export function canListUsers(actor: Actor): boolean {
  return actor.role === 'secretariat_admin' || actor.role === 'authority_admin';
}

/**
 * An admin may give a role only if it fits the organization's kind, and an authority admin
 * can never grant a secretariat role.
 */
export function canAssignRole(actor: Actor, organization: OrganizationScope, role: Role): boolean {
  return canManageUsersOf(actor, organization) && roleFitsOrganization(role, organization.kind);
}
