import type { OrganizationCreateBody, OrganizationUpdateBody, OrganizationView } from '../../../common/contracts/accounts';
import type { Actor } from '../../../common/actor';
import type { Db } from '../../db/database';
import { changedFields } from '../../lib/diff';
import { NotFoundError, ValidationError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { requireActorOf, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { stateExists } from '../states/index';
import { canManageOrganizations, canViewOrganization } from './accounts.policy';
import { presentOrganization } from './accounts.presenter';
import { findOrganization, insertOrganization, listOrganizations, updateOrganization } from './accounts.repository';

/** The secretariat sees every organization; anyone else sees only their own. */
export async function listOrganizationsFor(db: Db, actor: Actor, stateCode?: string): Promise<OrganizationView[]> {
  const scope = { organizationId: actor.organizationKind === 'secretariat' ? null : actor.organizationId, stateCode };
  return (await listOrganizations(db, scope)).map((o) => presentOrganization(o, actor));
}

export async function getOrganizationFor(db: Db, actor: Actor, id: string): Promise<OrganizationView> {
  const organization = await findOrganization(db, id);
  if (!organization || !canViewOrganization(actor, organization)) throw new NotFoundError('organization');
  const [withCount] = await listOrganizations(db, { organizationId: id });
  return presentOrganization(withCount!, actor);
}

/** Creates the authority of a State (secretariat admins only). */
export async function createOrganization(db: Db, ctx: ServiceContext, body: OrganizationCreateBody): Promise<OrganizationView> {
  const actor = requireActorOf(ctx);
  if (!canManageOrganizations(actor)) throw new NotFoundError('organization');
  const stateCode = body.stateCode.toUpperCase();
  if (!(await stateExists(db, stateCode))) throw new ValidationError([{ field: 'stateCode', reason: 'not_allowed' }]);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const now = ctx.clock.now().toISOString();
    await insertOrganization(trx, { id, kind: 'authority', stateCode, name: body.name.trim(), createdAt: now, updatedAt: now });
    await recordAudit(trx, ctx, { action: 'organization.created', entityType: 'organization', entityId: id, stateCode, details: { name: body.name.trim() } });
  });
  return getOrganizationFor(db, actor, id);
}

export async function renameOrganization(db: Db, ctx: ServiceContext, id: string, body: OrganizationUpdateBody): Promise<OrganizationView> {
  const actor = requireActorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const organization = await findOrganization(trx, id);
    if (!organization || !canViewOrganization(actor, organization) || !canManageOrganizations(actor)) throw new NotFoundError('organization');
    const changes = changedFields(organization, { name: body.name.trim() });
    if (Object.keys(changes).length === 0) return;
    await updateOrganization(trx, id, { name: body.name.trim(), updatedAt: ctx.clock.now().toISOString() });
    await recordAudit(trx, ctx, { action: 'organization.updated', entityType: 'organization', entityId: id, stateCode: organization.stateCode, details: { changes } });
  });
  return getOrganizationFor(db, actor, id);
}
