import type { Selectable } from 'kysely';
import type { Locale } from '../../../common/locales';
import type { OrganizationKind, Role, UserStatus } from '../../../common/roles';

export interface OrganizationTable {
  id: string;
  kind: OrganizationKind;
  stateCode: string | null;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export interface UserAccountTable {
  id: string;
  organizationId: string;
  email: string;
  displayName: string;
  passwordHash: string | null;
  role: Role;
  status: UserStatus;
  preferredLocale: Locale;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
}

export interface SessionTable {
  id: string;
  tokenHash: string;
  csrfToken: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export type TokenPurpose = 'setup' | 'invitation' | 'password_reset';

export interface OneTimeTokenTable {
  id: string;
  purpose: TokenPurpose;
  tokenHash: string;
  userId: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export type OrganizationRow = Selectable<OrganizationTable>;
export type UserRow = Selectable<UserAccountTable>;
export type SessionRow = Selectable<SessionTable>;
