import type { StateListQuery, StateView } from '../../../common/contracts/states';
import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import { NotFoundError } from '../../lib/errors';
import type { ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { presentState } from './states.presenter';
import { readReferenceStates } from './states.reference';
import { findReferenceChecksum, findState, listStateNames, listStates, upsertReferenceStates } from './states.repository';

/**
 * Loads the States from the reference files in `dir` when they changed since the last load.
 * Returns how many States were written (0 when nothing changed).
 */
export async function loadReferenceStates(db: Db, ctx: ServiceContext, dir: string): Promise<number> {
  const { checksum, states } = readReferenceStates(dir);
  if ((await findReferenceChecksum(db, 'states')) === checksum) return 0;
  await db.transaction().execute(async (trx) => {
    await upsertReferenceStates(trx, states, checksum, ctx.clock.now().toISOString());
    await recordAudit(trx, ctx, {
      action: 'reference_data.loaded',
      entityType: 'reference_data',
      entityId: 'states',
      details: { checksum, count: states.length },
    });
  });
  return states.length;
}

/** Public list of States, filtered, sorted by name in `locale`. */
export async function listStatesFor(db: Db, query: StateListQuery, locale: Locale): Promise<StateView[]> {
  const rows = await listStates(db, query);
  const collator = new Intl.Collator(locale);
  return rows.map((r) => presentState(r, locale)).sort((a, b) => collator.compare(a.name, b.name));
}

/** One State by ISO code; NotFoundError when unknown. */
export async function getState(db: Db, code: string, locale: Locale): Promise<StateView> {
  const row = await findState(db, code);
  if (!row) throw new NotFoundError('state');
  return presentState(row, locale);
}

/** True when `code` is a known State. */
export async function stateExists(db: Db, code: string): Promise<boolean> {
  return (await findState(db, code)) !== undefined;
}

/** Code → name in `locale`, for every State (a small, read-mostly table). */
export function stateNamesIn(db: Db, locale: Locale): Promise<Map<string, string>> {
  return listStateNames(db, locale);
}
