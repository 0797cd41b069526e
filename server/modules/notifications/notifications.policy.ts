import type { Actor } from '../../../common/actor';

/**
 * Administrators read the outbox: the secretariat all of it (null scope), an authority admin
 * only mail to their own organization's users. Anyone else: undefined (a 404).
 */
export function outboxScope(actor: Actor): { organizationId: string | null } | undefined {
  if (actor.role === 'secretariat_admin') return { organizationId: null };
  if (actor.role === 'authority_admin') return { organizationId: actor.organizationId };
  return undefined;
}
