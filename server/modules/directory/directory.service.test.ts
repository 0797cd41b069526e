import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { fixedClock } from '../../lib/clock';
import { makeUser, type MadeUser } from '../../test/factories';
import { createTestDb, DIALECTS, testContext } from '../../test/harness';
import { createAuthority, searchDirectory } from './authority.service';
import { designate } from './designation.service';
import { authorityInput } from './directory.fixtures';
import { findAuthorityFor } from './finder.service';
import { sendStaleReminders } from './reminders.service';

describe.each(DIALECTS)('directory finder, search and stale entries on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let secretariat: MadeUser;
  let egyptAdmin: MadeUser;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ db, close } = await createTestDb(dialect));
    secretariat = await makeUser(db, { role: 'secretariat_admin' });
    egyptAdmin = await makeUser(db, { role: 'authority_admin', stateCode: 'EG', locale: 'ar' });
    const ctx = testContext(secretariat.actor);
    const add = async (key: string, input: ReturnType<typeof authorityInput>, functions: string[]) => {
      const view = await createAuthority(db, ctx, input, 'en');
      ids[key] = view.id;
      for (const fn of functions) {
        await designate(db, ctx, { stateCode: input.stateCode, function: fn as never, territory: input.territory, authorityId: view.id, person: null, startDate: '2015-01-01', endDate: null, notificationReference: null, notificationDate: null }, 'en');
      }
    };
    await add('egMla', authorityInput('EG', {
      originalName: 'وزارة العدل – الإدارة العامة للتعاون الدولي',
      originalLanguage: 'ar',
      names: { en: 'Ministry of Justice – International Cooperation Department', fr: 'Ministère de la Justice – Coopération internationale' },
      timeZone: 'Africa/Cairo',
      languagesAccepted: ['ar', 'en'],
      channels: ['diplomatic', 'interpol_urgent'],
      lastVerifiedOn: '2025-06-30',
    }), ['central_authority_mla', 'extradition_authority']);
    await add('cnMla', authorityInput('CN', {
      originalName: '中华人民共和国司法部国际合作局',
      originalLanguage: 'zh',
      names: { en: 'Ministry of Justice, Bureau of International Cooperation' },
      timeZone: 'Asia/Shanghai',
      languagesAccepted: ['zh'],
      channels: ['central_authorities', 'comity'],
      requirements: { ...authorityInput('CN').requirements, dualCriminalityNonCoercive: 'case_by_case', extraditionTreatyRequired: true, uncacAsExtraditionBasis: false },
    }), ['central_authority_mla']);
    await add('cnExtradition', authorityInput('CN', {
      originalName: '中华人民共和国外交部条约法律司',
      originalLanguage: 'zh',
      timeZone: 'Asia/Shanghai',
      languagesAccepted: ['zh'],
      channels: ['diplomatic'],
      requirements: { ...authorityInput('CN').requirements, extraditionTreatyRequired: true, uncacAsExtraditionBasis: false },
    }), ['extradition_authority']);
    await add('ruMla', authorityInput('RU', {
      originalName: 'Генеральная прокуратура Российской Федерации',
      originalLanguage: 'ru',
      timeZone: 'Europe/Moscow',
      languagesAccepted: ['ru'],
    }), ['central_authority_mla']);
    await add('ruFiu', authorityInput('RU', { originalName: 'Федеральная служба по финансовому мониторингу', originalLanguage: 'ru', timeZone: 'Europe/Moscow', languagesAccepted: ['ru'] }), ['financial_intelligence']);
  });
  afterAll(() => close());

  const anonymous = () => testContext(null);

  it('finder: MLA, not urgent: the central authority, its channels, languages, and dual-criminality advice', async () => {
    const answer = await findAuthorityFor(db, anonymous(), { state: 'CN', measure: 'mla_a' }, 'en');
    expect(answer.function).toBe('central_authority_mla');
    expect(answer.answers.map((a) => a.authority.id)).toEqual([ids.cnMla]);
    expect(answer.answers[0]).toMatchObject({ channels: ['comity', 'central_authorities'], languages: ['zh'] });
    expect(answer.advice).toEqual([]);
    const practitioner = await findAuthorityFor(db, testContext(egyptAdmin.actor), { state: 'CN', measure: 'mla_a' }, 'en');
    expect(practitioner.advice).toEqual(['dual_criminality_case_by_case']);
    const coercive = await findAuthorityFor(db, testContext(egyptAdmin.actor), { state: 'CN', measure: 'mla_c' }, 'en');
    expect(coercive.advice).toEqual(['dual_criminality_required']);
  });

  it('finder: urgent MLA puts INTERPOL first where accepted and points to the 24/7 contact', async () => {
    const calm = await findAuthorityFor(db, testContext(secretariat.actor), { state: 'EG', measure: 'mla_b', urgent: false }, 'en');
    expect(calm.answers[0]!.channels).toEqual(['diplomatic']);
    expect(calm.advice).toEqual(expect.arrayContaining(['diplomatic_channel_required', 'stale_entry']));
    const urgent = await findAuthorityFor(db, testContext(secretariat.actor), { state: 'EG', measure: 'mla_b', urgent: true }, 'en');
    expect(urgent.answers[0]!.channels).toEqual(['interpol_urgent', 'diplomatic']);
    expect(urgent.advice).toEqual(expect.arrayContaining(['interpol_in_urgent_cases', 'use_urgent_contact']));
  });

  it('finder: extradition goes to the extradition authority with the 44(6) position; falls back to the central authority', async () => {
    const cn = await findAuthorityFor(db, testContext(egyptAdmin.actor), { state: 'CN', measure: 'extradition' }, 'en');
    expect(cn.function).toBe('extradition_authority');
    expect(cn.answers.map((a) => a.authority.id)).toEqual([ids.cnExtradition]);
    expect(cn.advice).toEqual(expect.arrayContaining(['diplomatic_channel_required', 'treaty_required', 'uncac_not_accepted_as_basis']));
    const ru = await findAuthorityFor(db, testContext(egyptAdmin.actor), { state: 'RU', measure: 'provisional_arrest', urgent: true }, 'en');
    expect(ru.function).toBe('central_authority_mla');
    expect(ru.answers[0]!.channels[0]).toBe('interpol_urgent');
    const recovery = await findAuthorityFor(db, anonymous(), { state: 'RU', measure: 'mla_j' }, 'en');
    expect(recovery.related.map((r) => r.authority.id)).toEqual([ids.ruFiu]);
    const none = await findAuthorityFor(db, anonymous(), { state: 'JP', measure: 'mla_a' }, 'en');
    expect(none).toMatchObject({ answers: [], advice: ['no_designation'] });
    await expect(findAuthorityFor(db, anonymous(), { state: 'XX', measure: 'mla_a' }, 'en')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('search finds Arabic, Chinese and Russian names from partial queries, ignoring diacritics and case', async () => {
    const find = async (q: string) => (await searchDirectory(db, anonymous(), { q }, 'en')).items.map((i) => i.id);
    expect(await find('تعاون الدولى')).toEqual([ids.egMla]); // ى for ي, as people often type it
    expect(await find('الإدارة')).toEqual([ids.egMla]);
    expect(await find('司法部')).toEqual([ids.cnMla]);
    expect(await find('прокуратура')).toEqual([ids.ruMla]);
    expect(await find('ФЕДЕРАЛЬНАЯ служба')).toEqual([ids.ruFiu]);
    expect(await find('ministere de la justice')).toEqual([ids.egMla]);
  });

  it('filters by State, function, language accepted and regional group, in SQL', async () => {
    const ids_ = async (query: object) => (await searchDirectory(db, anonymous(), query, 'fr')).items.map((i) => i.id);
    expect(await ids_({ state: 'CN' })).toEqual(expect.arrayContaining([ids.cnMla, ids.cnExtradition]));
    expect(await ids_({ function: 'extradition_authority' })).toEqual(expect.arrayContaining([ids.egMla, ids.cnExtradition]));
    expect(await ids_({ function: 'extradition_authority' })).toHaveLength(2);
    expect(await ids_({ language: 'ar' })).toEqual([ids.egMla]);
    expect(await ids_({ regionalGroup: 'eastern_european' })).toEqual(expect.arrayContaining([ids.ruMla, ids.ruFiu]));
    expect(await ids_({ regionalGroup: 'african', language: 'zh' })).toEqual([]);
    const page = await searchDirectory(db, anonymous(), { state: 'EG' }, 'fr');
    expect(page.items[0]).toMatchObject({ name: 'Ministère de la Justice – Coopération internationale', stateName: 'Égypte', isStale: true });
  });

  it('stale after 12 months with a fixed clock, and editors are reminded by e-mail in their language, once a month', async () => {
    const at = (iso: string) => testContext(null, fixedClock(iso));
    expect((await findAuthorityFor(db, at('2026-06-30T10:00:00Z'), { state: 'EG', measure: 'mla_a' }, 'en')).answers[0]!.authority.isStale).toBe(false);
    expect((await findAuthorityFor(db, at('2026-07-01T10:00:00Z'), { state: 'EG', measure: 'mla_a' }, 'en')).answers[0]!.authority.isStale).toBe(true);
    expect(await sendStaleReminders(db, at('2026-11-29T09:00:00Z'))).toBe(1);
    const mail = await db.selectFrom('mailOutbox').selectAll().where('template', '=', 'directoryStale').execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: egyptAdmin.email, locale: 'ar' });
    expect(mail[0]!.bodyText).toContain('مصر');
    expect(mail[0]!.bodyText).toContain(`/directory/authorities/${ids.egMla}/edit`);
    expect(await sendStaleReminders(db, at('2026-12-10T09:00:00Z'))).toBe(0);
    expect(await sendStaleReminders(db, at('2027-01-05T09:00:00Z'))).toBe(1);
  });
});
