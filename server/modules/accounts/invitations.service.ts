import type { AcceptInvitationBody, InvitationView } from '../../../common/contracts/accounts';
import { LIMITS } from '../../../common/limits';
import type { Db } from '../../db/database';
import { AppError } from '../../lib/errors';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { deliverQueuedMail, queueMail } from '../notifications/index';
import { deleteSessionsOfUser, findUserByEmail, findUserById, retireTokens, updateUser } from './accounts.repository';
import { hashPassword } from './password';
import { actorOf, startSession } from './session.service';
import { consumeToken, findValidToken, issueToken } from './tokens';

/** What the invitee is joining, shown before they choose a password. */
export async function lookupInvitation(db: Db, ctx: ServiceContext, token: string): Promise<InvitationView> {
  const row = await findValidToken(db, ctx, 'invitation', token);
  const user = row.userId ? await findUserById(db, row.userId) : undefined;
  if (!user || user.status !== 'invited') throw new AppError('token_invalid');
  return { email: user.email, displayName: user.displayName, organizationName: user.organizationName, role: user.role };
}

/** Sets the invitee's password, activates the account and signs them in. */
export async function acceptInvitation(db: Db, ctx: ServiceContext, body: AcceptInvitationBody) {
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    const row = await consumeToken(trx, ctx, 'invitation', body.token);
    const user = row.userId ? await findUserById(trx, row.userId) : undefined;
    if (!user || user.status !== 'invited') throw new AppError('token_invalid');
    const now = ctx.clock.now().toISOString();
    await updateUser(trx, user.id, {
      passwordHash,
      status: 'active',
      displayName: body.displayName?.trim() || user.displayName,
      updatedAt: now,
    });
    await recordAudit(trx, { ...ctx, actor: actorOf(user) }, { action: 'user.invitation_accepted', entityType: 'user', entityId: user.id, stateCode: user.stateCode });
    return startSession(trx, ctx, user.id);
  });
}

/**
 * Sends a reset link if an active account has this address. Answers the same either way,
 * so the form does not reveal who has an account.
 */
export async function requestPasswordReset(db: Db, ctx: ServiceContext, email: string): Promise<void> {
  const user = await findUserByEmail(db, email.trim());
  if (!user || user.status !== 'active') return;
  await db.transaction().execute(async (trx) => {
    await retireTokens(trx, 'password_reset', user.id, ctx.clock.now().toISOString());
    const token = await issueToken(trx, ctx, 'password_reset', user.id, LIMITS.passwordResetMinutes);
    await queueMail(trx, ctx, {
      to: user.email,
      organizationId: user.organizationId,
      locale: user.preferredLocale,
      template: 'passwordReset',
      values: { name: user.displayName, link: `${ctx.publicUrl}/reset-password#token=${token}`, minutes: LIMITS.passwordResetMinutes },
    });
    await recordAudit(trx, ctx, { action: 'user.password_reset_requested', entityType: 'user', entityId: user.id, stateCode: user.stateCode });
  });
  await deliverQueuedMail(db, ctx);
}

/** Sets a new password from a reset link and signs out every session of that user. */
export async function completePasswordReset(db: Db, ctx: ServiceContext, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const row = await consumeToken(trx, ctx, 'password_reset', token);
    const user = row.userId ? await findUserById(trx, row.userId) : undefined;
    if (!user || user.status !== 'active') throw new AppError('token_invalid');
    await updateUser(trx, user.id, { passwordHash, updatedAt: ctx.clock.now().toISOString() });
    await deleteSessionsOfUser(trx, user.id);
    await recordAudit(trx, { ...ctx, actor: actorOf(user) }, { action: 'user.password_reset', entityType: 'user', entityId: user.id, stateCode: user.stateCode });
  });
}
