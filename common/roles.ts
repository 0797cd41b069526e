/** What an organization is: the secretariat, or an authority of one State. */
export const ORGANIZATION_KINDS = ['secretariat', 'authority'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Roles, each tied to the kind of organization it can exist in. */
export const ROLES = ['secretariat_admin', 'secretariat_staff', 'authority_admin', 'officer', 'expert'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_BY_ORGANIZATION_KIND: Record<OrganizationKind, readonly Role[]> = {
  secretariat: ['secretariat_admin', 'secretariat_staff'],
  authority: ['authority_admin', 'officer', 'expert'],
};

/** True when `role` may be held by a member of an organization of `kind`. */
export function roleFitsOrganization(role: Role, kind: OrganizationKind): boolean {
  return ROLES_BY_ORGANIZATION_KIND[kind].includes(role);
}

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
