import { sql } from 'kysely';
import type { Locale } from '../../../common/locales';
import type { RegionalGroup, UncacStatus } from '../../../common/states';
import type { Db } from '../../db/database';
import { escapeLike, normalizeForSearch } from '../../lib/text';
import type { ReferenceState } from './states.reference';
import type { StateRow } from './states.table';

/** A State row with its names in every locale. */
export type StateWithNames = StateRow & { names: Record<Locale, string> };

export interface StateFilter {
  q?: string;
  regionalGroup?: RegionalGroup;
  uncacStatus?: UncacStatus;
}

export async function findReferenceChecksum(db: Db, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('referenceData').select('checksum').where('name', '=', name).executeTakeFirst();
  return row?.checksum;
}

/** Inserts or updates every State and its names, and records the checksum it came from. */
export async function upsertReferenceStates(
  trx: Db,
  states: ReferenceState[],
  checksum: string,
  now: string,
): Promise<void> {
  const rows = states.map(({ names: _names, ...state }) => ({ ...state, updatedAt: now }));
  await trx
    .insertInto('state')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        iso3: eb.ref('excluded.iso3'),
        kind: eb.ref('excluded.kind'),
        regionalGroup: eb.ref('excluded.regionalGroup'),
        uncacStatus: eb.ref('excluded.uncacStatus'),
        signatureDate: eb.ref('excluded.signatureDate'),
        ratificationDate: eb.ref('excluded.ratificationDate'),
        ratificationInstrument: eb.ref('excluded.ratificationInstrument'),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
  const translations = states.flatMap((s) =>
    (Object.entries(s.names) as [Locale, string][]).map(([locale, name]) => ({
      stateCode: s.code,
      locale,
      name,
      searchText: normalizeForSearch(name),
      status: 'final' as const,
    })),
  );
  await trx
    .insertInto('stateTranslation')
    .values(translations)
    .onConflict((oc) =>
      oc.columns(['stateCode', 'locale']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), searchText: eb.ref('excluded.searchText') })),
    )
    .execute();
  await trx
    .insertInto('referenceData')
    .values({ name: 'states', checksum, loadedAt: now })
    .onConflict((oc) => oc.column('name').doUpdateSet({ checksum, loadedAt: now }))
    .execute();
}

/** States matching the filter, with names in every locale. */
export async function listStates(db: Db, filter: StateFilter): Promise<StateWithNames[]> {
  let query = db.selectFrom('state').selectAll();
  if (filter.regionalGroup) query = query.where('regionalGroup', '=', filter.regionalGroup);
  if (filter.uncacStatus) query = query.where('uncacStatus', '=', filter.uncacStatus);
  const q = filter.q ? normalizeForSearch(filter.q) : '';
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('code', '=', q.toUpperCase()),
        eb(
          'code',
          'in',
          eb
            .selectFrom('stateTranslation')
            .select('stateCode')
            .where(sql<boolean>`search_text like ${pattern} escape '\\'`),
        ),
      ]),
    );
  }
  const rows = await query.execute();
  return attachNames(db, rows);
}

export async function findState(db: Db, code: string): Promise<StateWithNames | undefined> {
  const row = await db.selectFrom('state').selectAll().where('code', '=', code.toUpperCase()).executeTakeFirst();
  return row ? (await attachNames(db, [row]))[0] : undefined;
}

async function attachNames(db: Db, rows: StateRow[]): Promise<StateWithNames[]> {
  if (rows.length === 0) return [];
  const translations = await db
    .selectFrom('stateTranslation')
    .select(['stateCode', 'locale', 'name'])
    .where(
      'stateCode',
      'in',
      rows.map((r) => r.code),
    )
    .execute();
  const byCode = new Map<string, Record<Locale, string>>();
  for (const t of translations) {
    const names = byCode.get(t.stateCode) ?? ({} as Record<Locale, string>);
    names[t.locale] = t.name;
    byCode.set(t.stateCode, names);
  }
  return rows.map((r) => ({ ...r, names: byCode.get(r.code) ?? ({} as Record<Locale, string>) }));
}

/** Code → name in one locale, in one query. */
export async function listStateNames(db: Db, locale: Locale): Promise<Map<string, string>> {
  const rows = await db.selectFrom('stateTranslation').select(['stateCode', 'name']).where('locale', '=', locale).execute();
  return new Map(rows.map((r) => [r.stateCode, r.name]));
}
