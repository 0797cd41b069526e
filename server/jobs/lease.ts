import type { Db } from '../db/database';

/**
 * Takes the lease `name` for `ttlMs` if it is free or expired (or already ours), so that of
 * several app processes only one runs a job at a time. Returns whether we hold it.
 */
export async function takeLease(db: Db, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .updateTable('jobLease')
      .set({ holder, expiresAt })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('expiresAt', '<', now.toISOString()), eb('holder', '=', holder)]))
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return true;
    const inserted = await trx
      .insertInto('jobLease')
      .values({ name, holder, expiresAt })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  });
}
