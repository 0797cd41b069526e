import type { Actor } from '../../../common/actor';
import { DEFAULT_VISIBILITY, type Visibility, type VisibleField } from '../../../common/directory';

/** The secretariat edits every State's entries; an authority admin only their own State's. */
export function canEditState(actor: Actor | null, stateCode: string): boolean {
  if (!actor) return false;
  if (actor.organizationKind === 'secretariat') return actor.role === 'secretariat_admin' || actor.role === 'secretariat_staff';
  return actor.role === 'authority_admin' && actor.stateCode === stateCode;
}

/** Any signed-in practitioner (any State, or the secretariat) sees practitioners-only fields; the public does not. */
export function canSeeField(actor: Actor | null, visibility: Partial<Record<VisibleField, Visibility>>, field: VisibleField): boolean {
  return (visibility[field] ?? DEFAULT_VISIBILITY[field]) === 'public' || actor !== null;
}

/** Only the secretariat imports the directory. */
export function canImportDirectory(actor: Actor | null): boolean {
  return actor?.organizationKind === 'secretariat';
}

/** A State's change history is for signed-in practitioners (diffs may carry practitioners-only fields). */
export function canReadHistory(actor: Actor | null): boolean {
  return actor !== null;
}
