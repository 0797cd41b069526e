import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import type { App } from '../../platform/types';
import { makeUser, signIn, type MadeUser } from '../../test/factories';
import { createTestApp, createTestDb, DIALECTS } from '../../test/harness';
import { authorityInput } from './directory.fixtures';

describe.each(DIALECTS)('directory entries and designations on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let app: App;
  let frenchAdmin: MadeUser;
  let frenchOfficer: MadeUser;
  let kenyanOfficer: MadeUser;
  let kenyanAdmin: MadeUser;
  let secretariat: MadeUser;
  let french: Record<string, string>;
  beforeAll(async () => {
    ({ db, close } = await createTestDb(dialect));
    app = await createTestApp(db);
    frenchAdmin = await makeUser(db, { role: 'authority_admin', stateCode: 'FR' });
    frenchOfficer = await makeUser(db, { role: 'officer', organization: frenchAdmin.organization });
    kenyanAdmin = await makeUser(db, { role: 'authority_admin', stateCode: 'KE' });
    kenyanOfficer = await makeUser(db, { role: 'officer', organization: kenyanAdmin.organization });
    secretariat = await makeUser(db, { role: 'secretariat_staff' });
    french = await signIn(app, frenchAdmin);
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const create = async (headers: Record<string, string>, overrides = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/directory/authorities', headers, payload: authorityInput('FR', overrides) });

  it('POST /directory/authorities walks 401 → 404 → 400 → 201', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/directory/authorities', payload: authorityInput('FR') })).statusCode).toBe(401);
    const kenya = await signIn(app, kenyanAdmin);
    expect((await create(kenya)).statusCode).toBe(404);
    const officer = await signIn(app, frenchOfficer);
    expect((await create(officer)).statusCode).toBe(404);
    const bad = await create(french, { emails: ['not-an-email'], phones: ['12345'], timeZone: 'Mars/Olympus', languagesAccepted: ['fr', 'zz'], website: 'ftp://x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string; reason: string }) => `${f.field}:${f.reason}`)).toEqual(
      expect.arrayContaining(['emails.0:invalid_email', 'phones.0:invalid_phone', 'website:invalid_url']),
    );
    const badDomain = await create(french, { timeZone: 'Mars/Olympus', languagesAccepted: ['fr', 'zz'] });
    expect(badDomain.json().error.details.fields).toEqual([
      { field: 'timeZone', reason: 'invalid_time_zone' },
      { field: 'languagesAccepted.1', reason: 'invalid_language' },
    ]);
    const unknownState = await create(french, { stateCode: 'XX' });
    expect(unknownState.json().error.details.fields).toEqual([{ field: 'stateCode', reason: 'unknown_state' }]);
    expect(await db.selectFrom('authority').select('id').execute()).toEqual([]);
    const ok = await create(french);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ stateCode: 'FR', stateName: 'France', version: 1, abilities: { update: true }, isStale: false });
  });

  it('shows practitioners-only fields to signed-in users of any State, never to the public', async () => {
    const { id } = (await create(french, { originalName: 'Visibility test', visibility: { phones: 'public' } })).json();
    const anonymous = (await app.inject({ url: `/api/v1/directory/authorities/${id}` })).json();
    expect(anonymous.phones).toEqual(['+33 1 00 00 00 01']);
    expect(anonymous).not.toHaveProperty('emails');
    expect(anonymous).not.toHaveProperty('requirements');
    expect(anonymous).not.toHaveProperty('notes');
    expect(anonymous).not.toHaveProperty('visibility');
    expect(anonymous.languagesAccepted).toEqual(['fr', 'en']);
    const kenya = await signIn(app, kenyanOfficer);
    const practitioner = (await app.inject({ url: `/api/v1/directory/authorities/${id}`, headers: kenya })).json();
    expect(practitioner.emails).toEqual(['mla@fr.example.org']);
    expect(practitioner.requirements.dualCriminalityCoercive).toBe('required');
    expect(practitioner.abilities.update).toBe(false);
    expect(practitioner).not.toHaveProperty('visibility');
  });

  it('PUT: another State gets 404, the secretariat and the State’s admin may edit; stale versions conflict; every change is audited', async () => {
    const created = (await create(french, { originalName: 'Edit test' })).json();
    const url = `/api/v1/directory/authorities/${created.id}`;
    const body = { ...authorityInput('FR', { originalName: 'Edit test', languagesAccepted: ['fr', 'en', 'es'] }), version: 1 };
    expect((await app.inject({ method: 'PUT', url, payload: body })).statusCode).toBe(401);
    const kenya = await signIn(app, kenyanAdmin);
    expect((await app.inject({ method: 'PUT', url, headers: kenya, payload: body })).statusCode).toBe(404);
    expect((await app.inject({ method: 'PUT', url, headers: french, payload: { ...body, version: 0 } })).statusCode).toBe(400);
    const ok = await app.inject({ method: 'PUT', url, headers: french, payload: body });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, languagesAccepted: ['fr', 'en', 'es'] });
    const stale = await app.inject({ method: 'PUT', url, headers: french, payload: body });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const sec = await signIn(app, secretariat);
    expect((await app.inject({ method: 'PUT', url, headers: sec, payload: { ...body, version: 2, officeHours: 'Mon–Thu 08:00–16:00' } })).statusCode).toBe(200);
    const history = (await app.inject({ url: '/api/v1/directory/states/FR/history', headers: french })).json().items;
    const updates = history.filter((h: { entityId: string; action: string }) => h.entityId === created.id && h.action === 'authority.updated');
    expect(updates[0].details.changes).toEqual({ officeHours: { before: 'Mon–Fri 09:00–17:00', after: 'Mon–Thu 08:00–16:00' } });
    expect(updates[1].details.changes.languagesAccepted).toEqual({ before: ['fr', 'en'], after: ['fr', 'en', 'es'] });
    expect(updates[1].actorName).toBeTruthy();
    expect((await app.inject({ url: '/api/v1/directory/states/FR/history' })).statusCode).toBe(401);
  });

  it('designations keep their history; current is derived; overlaps and bad dates are refused', async () => {
    const first = (await create(french, { originalName: 'Old central authority' })).json();
    const second = (await create(french, { originalName: 'New central authority' })).json();
    const designate = (payload: object, headers = french) => app.inject({ method: 'POST', url: '/api/v1/directory/designations', headers, payload });
    const base = { stateCode: 'FR', function: 'central_authority_mla', territory: null, person: null, endDate: null, notificationReference: 'C.N.1.2010.TREATIES-XVIII.14', notificationDate: '2010-03-01' };
    expect((await designate({ ...base, authorityId: first.id, startDate: '2010-03-01' }, {})).statusCode).toBe(401);
    const kenya = await signIn(app, kenyanAdmin);
    expect((await designate({ ...base, authorityId: first.id, startDate: '2010-03-01' }, kenya)).statusCode).toBe(404);
    const backwards = await designate({ ...base, authorityId: first.id, startDate: '2010-03-01', endDate: '2009-01-01' });
    expect(backwards.json().error.details.fields).toEqual([{ field: 'endDate', reason: 'end_before_start' }]);
    const old = await designate({ ...base, authorityId: first.id, startDate: '2010-03-01' });
    expect(old.statusCode).toBe(201);
    const clash = await designate({ ...base, authorityId: second.id, startDate: '2020-01-01' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('designation_overlap');
    const otherTerritory = await designate({ ...base, authorityId: second.id, startDate: '2020-01-01', territory: 'New Caledonia' });
    expect(otherTerritory.statusCode).toBe(201);
    expect((await app.inject({ method: 'POST', url: `/api/v1/directory/designations/${old.json().id}/end`, headers: french, payload: { endDate: '2019-12-31' } })).statusCode).toBe(200);
    expect((await designate({ ...base, authorityId: second.id, startDate: '2020-01-01' })).statusCode).toBe(201);
    const profile = (await app.inject({ url: '/api/v1/directory/states/FR', headers: french })).json();
    const mla = (list: { function: string; territory: string | null; authorityName: string }[]) =>
      list.filter((d) => d.function === 'central_authority_mla' && d.territory === null).map((d) => d.authorityName);
    expect(mla(profile.current)).toEqual(['New central authority']);
    expect(mla(profile.past)).toEqual(['Old central authority']);
    expect(profile.abilities.edit).toBe(true);
    expect(profile.languagesAccepted).toEqual(['fr', 'en']);
    const expert = await designate({ ...base, function: 'governmental_expert', authorityId: null, person: { name: 'Jeanne Dupont', title: 'Magistrate', email: 'j.dupont@fr.example.org' }, startDate: '2024-01-01' });
    expect(expert.statusCode).toBe(201);
    const publicProfile = (await app.inject({ url: '/api/v1/directory/states/FR' })).json();
    const publicExpert = publicProfile.current.find((d: { function: string }) => d.function === 'governmental_expert');
    expect(publicExpert.person).toEqual({ name: 'Jeanne Dupont', title: 'Magistrate' });
    expect(publicProfile.mlaRequirements).toBeNull();
    expect(publicProfile.abilities.edit).toBe(false);
  });
});
