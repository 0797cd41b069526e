import type { LoginBody, SessionView } from '../../../common/contracts/accounts';
import type { Actor } from '../../../common/actor';
import { LIMITS } from '../../../common/limits';
import type { Db } from '../../db/database';
import { addMinutes } from '../../lib/clock';
import { newToken, sha256 } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import type { SessionResolver } from '../../platform/session';
import { recordAudit } from '../audit/index';
import { presentMe } from './accounts.presenter';
import {
  countUsers,
  deleteSession,
  findSessionByTokenHash,
  findUserByEmail,
  findUserById,
  insertSession,
  touchSession,
  updateUser,
} from './accounts.repository';
import { verifyPassword } from './password';

const SESSION_MINUTES = LIMITS.sessionHours * 60;
/** A session's expiry moves forward at most this often, to spare a write per request. */
const TOUCH_AFTER_MS = 5 * 60_000;

/** A new session for `userId`; returns the cookie token (stored only hashed). */
export async function startSession(trx: Db, ctx: ServiceContext, userId: string) {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = addMinutes(now, SESSION_MINUTES);
  await insertSession(trx, {
    id: newId(),
    tokenHash: sha256(token),
    csrfToken: newToken(),
    userId,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt,
  });
  await updateUser(trx, userId, { lastLoginAt: now.toISOString() });
  return { token, expiresAt };
}

/** Signs in with e-mail and password; the same error whether or not the account exists. */
export async function login(db: Db, ctx: ServiceContext, body: LoginBody) {
  const user = await findUserByEmail(db, body.email.trim());
  const ok = await verifyPassword(user?.passwordHash ?? null, body.password);
  if (!user || !ok || user.status !== 'active') throw new AppError('invalid_credentials');
  return db.transaction().execute(async (trx) => {
    const session = await startSession(trx, ctx, user.id);
    await recordAudit(trx, { ...ctx, actor: actorOf(user) }, { action: 'session.started', entityType: 'user', entityId: user.id, stateCode: user.stateCode });
    return session;
  });
}

export async function logout(db: Db, ctx: ServiceContext, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    if (ctx.actor) await recordAudit(trx, ctx, { action: 'session.ended', entityType: 'user', entityId: ctx.actor.userId });
  });
}

/** Resolves a session cookie into an actor, sliding the expiry forward. */
export function sessionResolver(db: Db): SessionResolver {
  return async (token, ctx) => {
    const now = ctx.clock.now();
    const row = await findSessionByTokenHash(db, sha256(token), now.toISOString());
    if (!row || row.status !== 'active') return null;
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
      await touchSession(db, row.id, now.toISOString(), addMinutes(now, SESSION_MINUTES));
    }
    const actor = actorOf({ ...row, id: row.userId });
    return { actor, session: { id: row.id, csrfToken: row.csrfToken } };
  };
}

/** What the web app needs at start: the user, the CSRF token, and whether setup is pending. */
export async function describeSession(db: Db, actor: Actor | null, csrfToken: string | null): Promise<SessionView> {
  const user = actor ? await findUserById(db, actor.userId) : undefined;
  return {
    user: user ? presentMe(user) : null,
    csrfToken: user ? csrfToken : null,
    setupRequired: user ? false : (await countUsers(db)) === 0,
  };
}

/** The actor a user would be. */
export function actorOf(user: {
  id: string;
  organizationId: string;
  organizationKind: Actor['organizationKind'];
  stateCode: string | null;
  role: Actor['role'];
  preferredLocale: Actor['locale'];
}): Actor {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    organizationKind: user.organizationKind,
    stateCode: user.stateCode,
    role: user.role,
    locale: user.preferredLocale,
  };
}
