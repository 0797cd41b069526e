import type { Db } from '../../db/database';
import { addMinutes } from '../../lib/clock';
import { newToken, sha256 } from '../../lib/crypto';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../platform/context';
import { findLiveToken, insertToken, markTokenUsed } from './accounts.repository';
import type { TokenPurpose } from './accounts.table';

/** Creates a one-time token; only its hash is stored, the plaintext goes into a link once. */
export async function issueToken(
  trx: Db,
  ctx: ServiceContext,
  purpose: TokenPurpose,
  userId: string | null,
  minutes: number,
): Promise<string> {
  const token = newToken();
  const now = ctx.clock.now();
  await insertToken(trx, {
    id: newId(),
    purpose,
    tokenHash: sha256(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt: addMinutes(now, minutes),
    usedAt: null,
  });
  return token;
}

/** The live token row for `token`, or `token_invalid` (unknown, used or expired look the same). */
export async function findValidToken(db: Db, ctx: ServiceContext, purpose: TokenPurpose, token: string) {
  const row = await findLiveToken(db, purpose, sha256(token), ctx.clock.now().toISOString());
  if (!row) throw new AppError('token_invalid', `${purpose} token invalid`);
  return row;
}

/** Checks and uses up a token in one step. */
export async function consumeToken(trx: Db, ctx: ServiceContext, purpose: TokenPurpose, token: string) {
  const row = await findValidToken(trx, ctx, purpose, token);
  await markTokenUsed(trx, row.id, ctx.clock.now().toISOString());
  return row;
}
