import type { Locale } from './locales';
import type { OrganizationKind, Role } from './roles';

/** Who is acting: a user, their organization (an authority of one State, or the secretariat) and role. */
export interface Actor {
  userId: string;
  organizationId: string;
  organizationKind: OrganizationKind;
  /** The State whose authority the user belongs to; null for the secretariat. */
  stateCode: string | null;
  role: Role;
  locale: Locale;
}
