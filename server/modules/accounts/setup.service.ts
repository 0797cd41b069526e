import type { SetupBody } from '../../../common/contracts/accounts';
import { LIMITS } from '../../../common/limits';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { countUsers, findSecretariat, findUserByEmail, insertOrganization, insertUser, retireTokens } from './accounts.repository';
import { hashPassword } from './password';
import { actorOf, startSession } from './session.service';
import { consumeToken, issueToken } from './tokens';

/**
 * On an empty database, issues a fresh one-time setup token (older ones stop working) and
 * returns it; returns null once any user exists. The caller prints the setup URL.
 */
export async function issueSetupTokenIfNeeded(db: Db, ctx: ServiceContext): Promise<string | null> {
  if ((await countUsers(db)) > 0) return null;
  return db.transaction().execute(async (trx) => {
    await retireTokens(trx, 'setup', null, ctx.clock.now().toISOString());
    const token = await issueToken(trx, ctx, 'setup', null, LIMITS.setupTokenHours * 60);
    await recordAudit(trx, ctx, { action: 'setup.token_issued', entityType: 'setup', entityId: 'first-admin' });
    return token;
  });
}

/** Creates the secretariat and its first administrator, and signs them in. */
export async function completeSetup(db: Db, ctx: ServiceContext, body: SetupBody) {
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    if ((await countUsers(trx)) > 0) throw new AppError('setup_already_done');
    await consumeToken(trx, ctx, 'setup', body.token);
    const now = ctx.clock.now().toISOString();
    let secretariat = await findSecretariat(trx);
    if (!secretariat) {
      secretariat = { id: newId(), kind: 'secretariat', stateCode: null, name: 'Secretariat', createdAt: now, updatedAt: now };
      await insertOrganization(trx, secretariat);
    }
    const user = {
      id: newId(),
      organizationId: secretariat.id,
      email: body.email.trim().toLowerCase(),
      displayName: body.displayName.trim(),
      passwordHash,
      role: 'secretariat_admin' as const,
      status: 'active' as const,
      preferredLocale: body.preferredLocale,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
    };
    await insertUser(trx, user);
    const actor = actorOf({ ...user, organizationKind: 'secretariat', stateCode: null });
    await recordAudit(trx, { ...ctx, actor }, {
      action: 'setup.completed',
      entityType: 'user',
      entityId: user.id,
      details: { email: user.email, organizationId: secretariat.id },
    });
    const created = await findUserByEmail(trx, user.email);
    return { ...(await startSession(trx, ctx, user.id)), user: created! };
  });
}
