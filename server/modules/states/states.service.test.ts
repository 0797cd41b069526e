import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { createTestDb, DIALECTS, REFERENCE_DIR, testContext } from '../../test/harness';
import { getState, listStatesFor, loadReferenceStates } from './states.service';

describe.each(DIALECTS)('states service on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await createTestDb(dialect)));
  afterAll(() => close());

  it('loads every UN Member State, the observers, Cook Islands, Niue and the EU', async () => {
    const all = await listStatesFor(db, {}, 'en');
    expect(all.filter((s) => s.kind === 'member')).toHaveLength(193);
    expect(all.map((s) => s.code)).toEqual(expect.arrayContaining(['CK', 'NU', 'VA', 'PS', 'EU']));
    expect(all).toHaveLength(198);
  });

  it('counts 191 parties and one signatory, as the UN Treaty Collection does', async () => {
    expect(await listStatesFor(db, { uncacStatus: 'party' }, 'en')).toHaveLength(191);
    const signatories = await listStatesFor(db, { uncacStatus: 'signatory' }, 'en');
    expect(signatories.map((s) => s.code)).toEqual(['SY']);
  });

  it('puts each Member State in exactly one electoral group (Türkiye and the US in WEOG)', async () => {
    const groups = await Promise.all(
      (['african', 'asia_pacific', 'eastern_european', 'grulac', 'weog'] as const).map((g) => listStatesFor(db, { regionalGroup: g }, 'en')),
    );
    // countForElectoralPurposes in un-regional-groups.json; they sum to 193.
    expect(groups.map((g) => g.length)).toEqual([54, 54, 23, 33, 29]);
    expect((await getState(db, 'TR', 'en')).regionalGroup).toBe('weog');
    expect((await getState(db, 'US', 'en')).regionalGroup).toBe('weog');
  });

  it('uses UN names where ICU differs, in all six languages', async () => {
    const palestine = await getState(db, 'PS', 'fr');
    expect(palestine.name).toBe('État de Palestine');
    expect(palestine.names.en).toBe('State of Palestine');
    expect((await getState(db, 'RU', 'zh')).name).toBe('俄罗斯联邦');
    expect((await getState(db, 'FR', 'ar')).name).toBe('فرنسا');
  });

  it('records the UNCAC instrument and dates', async () => {
    const eu = await getState(db, 'eu', 'en');
    expect(eu.uncac).toEqual({ status: 'party', signatureDate: '2005-09-15', ratificationDate: '2008-11-12', instrument: 'approval' });
    expect((await getState(db, 'SY', 'en')).uncac.instrument).toBeNull();
  });

  it('finds a State by part of its name in any language, ignoring case and accents', async () => {
    const codes = async (q: string) => (await listStatesFor(db, { q }, 'en')).map((s) => s.code);
    expect(await codes('cote d')).toContain('CI');
    expect(await codes('ALLEMAGNE')).toEqual(['DE']);
    expect(await codes('Герман')).toEqual(['DE']);
    expect(await codes('德国')).toEqual(['DE']);
    expect(await codes('المانيا')).toEqual(['DE']);
    expect(await codes('100%')).toEqual([]);
  });

  it('sorts by name in the requested language', async () => {
    const names = (await listStatesFor(db, { regionalGroup: 'eastern_european' }, 'ru')).map((s) => s.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('ru').compare));
  });

  it('loads again only when a reference file changed', async () => {
    expect(await loadReferenceStates(db, testContext(), REFERENCE_DIR)).toBe(0);
    await db.updateTable('referenceData').set({ checksum: 'stale' }).execute();
    await db.updateTable('stateTranslation').set({ name: 'Edited' }).where('stateCode', '=', 'FR').where('locale', '=', 'en').execute();
    expect(await loadReferenceStates(db, testContext(), REFERENCE_DIR)).toBe(198);
    expect((await getState(db, 'FR', 'en')).name).toBe('France');
  });

  it('answers NotFound for an unknown code', async () => {
    await expect(getState(db, 'XX', 'en')).rejects.toMatchObject({ code: 'not_found' });
  });
});
