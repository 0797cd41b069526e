import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import { parseCsv } from '../../lib/csv';
import type { App } from '../../platform/types';
import { makeUser, signIn, type MadeUser } from '../../test/factories';
import { createTestApp, createTestDb, DIALECTS, testContext } from '../../test/harness';
import { seedDemoDirectory } from './demo';

const header = 'state,function,designationStart,originalName,originalLanguage,name_en,name_ru,phones,emails,timeZone,languagesAccepted,channels,dualCriminalityCoercive,uncacAsExtraditionBasis,lastVerifiedOn,notes_en';
const good = [
  'UA,central_authority_mla,2010-01-01,Міністерство юстиції України,uk,Ministry of Justice of Ukraine,Министерство юстиции Украины,+380 44 000 00 01,mla@ua.example.org,Europe/Kyiv,uk; en,central_authorities; email,required,yes,2026-10-01,Send an electronic copy first.',
  'KZ,extradition_authority,2012-05-01,Генеральная прокуратура Республики Казахстан,ru,Prosecutor General’s Office of Kazakhstan,,+7 7172 00 00 01,extradition@kz.example.org,Asia/Almaty,ru; kk,diplomatic,,no,2026-09-15,',
];

describe.each(DIALECTS)('directory import, export and vCard on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let app: App;
  let secretariat: MadeUser;
  let ukrainianAdmin: MadeUser;
  beforeAll(async () => {
    ({ db, close } = await createTestDb(dialect));
    app = await createTestApp(db);
    secretariat = await makeUser(db, { role: 'secretariat_admin' });
    ukrainianAdmin = await makeUser(db, { role: 'authority_admin', stateCode: 'UA' });
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const importFile = (headers: Record<string, string>, payload: object) => app.inject({ method: 'POST', url: '/api/v1/directory/import', headers, payload });
  const count = async () => Number((await db.selectFrom('authority').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('only the secretariat imports: 401 → 404 → 400', async () => {
    const payload = { format: 'csv', content: [header, ...good].join('\n') };
    expect((await importFile({}, payload)).statusCode).toBe(401);
    expect((await importFile(await signIn(app, ukrainianAdmin), payload)).statusCode).toBe(404);
    expect((await importFile(await signIn(app, secretariat), { format: 'xml', content: 'x' })).statusCode).toBe(400);
  });

  it('one bad row rejects the whole file, with a report naming each row and column', async () => {
    const bad = [
      'FR,central_authority_mla,2010-01-01,Bureau,fr,,,12345,not-an-email,Europe/Paris,fr,central_authorities,,,2026-10-01,',
      'XX,,,Nowhere,en,,,,,Mars/Base,zz,,,maybe,2026-13-01,',
    ];
    const response = await importFile(await signIn(app, secretariat), { format: 'csv', content: [header, ...good, ...bad].join('\r\n') });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('import_rejected');
    const rows = response.json().error.details.rows as { row: number; fields: { field: string; reason: string }[] }[];
    expect(rows.map((r) => r.row)).toEqual([3, 4]);
    expect(rows[0]!.fields.map((f) => `${f.field}:${f.reason}`)).toEqual(expect.arrayContaining(['phones:invalid_phone', 'emails:invalid_email']));
    expect(rows[1]!.fields.map((f) => `${f.field}:${f.reason}`)).toEqual(
      expect.arrayContaining(['uncacAsExtraditionBasis:invalid_type', 'lastVerifiedOn:invalid_date', 'state:unknown_state', 'languagesAccepted:invalid_language']),
    );
    expect(await count()).toBe(0);
  });

  it('a valid CSV imports entries and designations, and importing it again updates instead of duplicating', async () => {
    const headers = await signIn(app, secretariat);
    const first = await importFile(headers, { format: 'csv', content: [header, ...good].join('\n') });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ rows: 2, created: 2, updated: 0, designations: 2 });
    const again = await importFile(headers, { format: 'csv', content: [header, ...good].join('\n') });
    expect(again.json()).toEqual({ rows: 2, created: 0, updated: 2, designations: 0 });
    const finder = (await app.inject({ url: '/api/v1/directory/finder?state=UA&measure=mla_f', headers })).json();
    expect(finder.answers[0].authority).toMatchObject({ name: 'Ministry of Justice of Ukraine', languagesAccepted: ['uk', 'en'] });
    expect(finder.answers[0].authority.requirements.uncacAsExtraditionBasis).toBe(true);
  });

  it('JSON import takes the same rows; a second central authority for the same territory is refused', async () => {
    const headers = await signIn(app, secretariat);
    const clash = [{ state: 'UA', function: 'central_authority_mla', designationStart: '2020-01-01', originalName: 'Офіс Генерального прокурора', originalLanguage: 'uk', timeZone: 'Europe/Kyiv', lastVerifiedOn: '2026-10-01' }];
    const response = await importFile(headers, { format: 'json', content: JSON.stringify(clash) });
    expect(response.json().error.details.rows).toEqual([{ row: 1, fields: [{ field: 'function', reason: 'duplicate' }] }]);
    expect((await importFile(headers, { format: 'json', content: '{"not":"an array"}' })).json().error.details.rows[0].fields[0]).toEqual({ field: 'content', reason: 'invalid_type' });
  });

  it('exports CSV and JSON with only the fields the reader may see', async () => {
    const publicCsv = await app.inject({ url: '/api/v1/directory/export.csv?state=UA' });
    expect(publicCsv.headers['content-type']).toContain('text/csv');
    const [columns, row] = parseCsv(publicCsv.body);
    const cell = (name: string) => row![columns!.indexOf(name)];
    expect(cell('originalName')).toBe('Міністерство юстиції України');
    expect(cell('phones')).toBe('');
    expect(cell('languagesAccepted')).toBe('uk; en');
    const practitioner = (await app.inject({ url: '/api/v1/directory/export.json?state=UA', headers: await signIn(app, ukrainianAdmin) })).json();
    expect(practitioner[0]).toMatchObject({ phones: '+380 44 000 00 01', dualCriminalityCoercive: 'required', uncacAsExtraditionBasis: 'yes', notes_en: 'Send an electronic copy first.' });
  });

  it('gives a vCard per contact', async () => {
    const { items } = (await app.inject({ url: '/api/v1/directory/authorities?state=UA' })).json();
    const headers = await signIn(app, ukrainianAdmin);
    const vcard = await app.inject({ url: `/api/v1/directory/authorities/${items[0].id}/vcard`, headers });
    expect(vcard.headers['content-type']).toContain('text/vcard');
    expect(vcard.body).toMatch(/^BEGIN:VCARD\r\nVERSION:4.0\r\n/);
    expect(vcard.body).toContain('TEL;TYPE=work,voice;VALUE=uri:tel:+380440000001');
    expect(vcard.body).toContain('EMAIL;TYPE=work:mla@ua.example.org');
    const anonymous = await app.inject({ url: `/api/v1/directory/authorities/${items[0].id}/vcard` });
    expect(anonymous.body).not.toContain('TEL');
  });

  it('comity demo seeds a dozen States once; running it again adds nothing', async () => {
    const ctx = testContext();
    const first = await seedDemoDirectory(db, ctx);
    expect(first.authorities).toBeGreaterThanOrEqual(24);
    const states = await db.selectFrom('authority').select('stateCode').distinct().execute();
    expect(states.length).toBeGreaterThanOrEqual(12);
    expect(await seedDemoDirectory(db, ctx)).toEqual({ authorities: 0, designations: 0 });
    const hongKong = (await app.inject({ url: '/api/v1/directory/finder?state=CN&measure=mla_a' })).json();
    expect(hongKong.answers.length).toBe(2);
    expect(hongKong.answers.map((a: { territory: string | null }) => a.territory)).toContain('Hong Kong Special Administrative Region');
  });
});
