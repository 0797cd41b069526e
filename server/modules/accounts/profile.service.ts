import type { MeView, PasswordChangeBody, ProfileUpdateBody } from '../../../common/contracts/accounts';
import type { Db } from '../../db/database';
import { changedFields } from '../../lib/diff';
import { AppError, NotFoundError } from '../../lib/errors';
import { requireActorOf, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { presentMe } from './accounts.presenter';
import { findUserById, updateUser } from './accounts.repository';
import { hashPassword, verifyPassword } from './password';

export async function getProfile(db: Db, ctx: ServiceContext): Promise<MeView> {
  const user = await findUserById(db, requireActorOf(ctx).userId);
  if (!user) throw new NotFoundError('user');
  return presentMe(user);
}

/** Changes the signed-in user's name or preferred language. */
export async function updateProfile(db: Db, ctx: ServiceContext, body: ProfileUpdateBody): Promise<MeView> {
  const actor = requireActorOf(ctx);
  return db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, actor.userId);
    if (!user) throw new NotFoundError('user');
    const patch = { ...body, displayName: body.displayName?.trim() };
    const changes = changedFields(user, patch);
    if (Object.keys(changes).length > 0) {
      await updateUser(trx, user.id, { ...patch, updatedAt: ctx.clock.now().toISOString() });
      await recordAudit(trx, ctx, { action: 'profile.updated', entityType: 'user', entityId: user.id, stateCode: user.stateCode, details: { changes } });
    }
    return presentMe((await findUserById(trx, user.id))!);
  });
}

/** Changes the password after checking the current one. */
export async function changePassword(db: Db, ctx: ServiceContext, body: PasswordChangeBody): Promise<void> {
  const actor = requireActorOf(ctx);
  const user = await findUserById(db, actor.userId);
  if (!user) throw new NotFoundError('user');
  if (!(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw new AppError('invalid_credentials', 'current password wrong', [{ field: 'currentPassword', reason: 'not_allowed' }]);
  }
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { passwordHash, updatedAt: ctx.clock.now().toISOString() });
    await recordAudit(trx, ctx, { action: 'profile.password_changed', entityType: 'user', entityId: user.id, stateCode: user.stateCode });
  });
}
