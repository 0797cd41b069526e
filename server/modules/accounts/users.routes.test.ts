import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import type { App } from '../../platform/types';
import { makeOrganization, makeUser, signIn, type MadeUser } from '../../test/factories';
import { createTestApp, createTestDb, DIALECTS } from '../../test/harness';

describe.each(DIALECTS)('users and organizations routes on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let app: App;
  let frenchAdmin: MadeUser;
  let frenchOfficer: MadeUser;
  let kenyanAdmin: MadeUser;
  let secretariat: MadeUser;
  beforeAll(async () => {
    ({ db, close } = await createTestDb(dialect));
    app = await createTestApp(db);
    frenchAdmin = await makeUser(db, { role: 'authority_admin', stateCode: 'FR' });
    frenchOfficer = await makeUser(db, { role: 'officer', organization: frenchAdmin.organization });
    kenyanAdmin = await makeUser(db, { role: 'authority_admin', stateCode: 'KE' });
    secretariat = await makeUser(db, { role: 'secretariat_admin' });
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  const auditCount = async () => Number((await db.selectFrom('auditEvent').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('GET /users/:id walks 401 → 404 → 400 → 200', async () => {
    const url = `/api/v1/users/${frenchOfficer.id}`;
    expect((await app.inject({ url })).statusCode).toBe(401);
    const kenya = await signIn(app, kenyanAdmin);
    const hidden = await app.inject({ url, headers: kenya });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe('not_found');
    const france = await signIn(app, frenchAdmin);
    const bad = await app.inject({ url: '/api/v1/users/not-a-uuid', headers: france });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toEqual([expect.objectContaining({ field: 'params.id' })]);
    const ok = await app.inject({ url, headers: france });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: frenchOfficer.id, abilities: { update: true } });
  });

  it('an authority admin lists only their own organization’s users; another organization is a 404', async () => {
    const kenya = await signIn(app, kenyanAdmin);
    const list = await app.inject({ url: '/api/v1/users', headers: kenya });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([kenyanAdmin.id]);
    const other = await app.inject({ url: `/api/v1/users?organizationId=${frenchAdmin.organization.id}`, headers: kenya });
    expect(other.statusCode).toBe(404);
  });

  it('an officer may not list users at all (404), but reads their own account', async () => {
    const officer = await signIn(app, frenchOfficer);
    expect((await app.inject({ url: '/api/v1/users', headers: officer })).statusCode).toBe(404);
    expect((await app.inject({ url: `/api/v1/users/${frenchOfficer.id}`, headers: officer })).json().abilities.update).toBe(false);
  });

  it('PATCH /users/:id walks 401 → 404 → 400 → 200, and another State cannot change anything', async () => {
    const url = `/api/v1/users/${frenchOfficer.id}`;
    expect((await app.inject({ method: 'PATCH', url, payload: { role: 'expert' } })).statusCode).toBe(401);
    const before = await auditCount();
    const kenya = await signIn(app, kenyanAdmin);
    expect((await app.inject({ method: 'PATCH', url, headers: kenya, payload: { role: 'expert' } })).statusCode).toBe(404);
    const france = await signIn(app, frenchAdmin);
    const bad = await app.inject({ method: 'PATCH', url, headers: france, payload: { role: 'secretariat_admin' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('role_not_allowed');
    const unknownField = await app.inject({ method: 'PATCH', url, headers: france, payload: { email: 'x@y.z' } });
    expect(unknownField.json().error.details.fields).toEqual([{ field: 'email', reason: 'unknown' }]);
    const stored = await db.selectFrom('userAccount').select('role').where('id', '=', frenchOfficer.id).executeTakeFirstOrThrow();
    expect(stored.role).toBe('officer');
    expect(await auditCount()).toBe(before + 2); // the two sign-ins, nothing else
    const ok = await app.inject({ method: 'PATCH', url, headers: france, payload: { role: 'expert' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().role).toBe('expert');
    const event = await db.selectFrom('auditEvent').selectAll().where('action', '=', 'user.updated').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(event.details)).toEqual({ changes: { role: { before: 'officer', after: 'expert' } } });
    expect(event.actorUserId).toBe(frenchAdmin.id);
  });

  it('an organization keeps its last active admin', async () => {
    const france = await signIn(app, frenchAdmin);
    const response = await app.inject({ method: 'PATCH', url: `/api/v1/users/${frenchAdmin.id}`, headers: france, payload: { status: 'disabled' } });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('last_admin');
  });

  it('invitation: 401 → 404 → 400 → 201, mail in the invitee’s language, accepted from the link', async () => {
    const url = `/api/v1/organizations/${frenchAdmin.organization.id}/invitations`;
    const body = { email: 'Nouvel.Agent@justice.example', displayName: 'Nouvel Agent', role: 'officer', preferredLocale: 'fr' };
    expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    const kenya = await signIn(app, kenyanAdmin);
    expect((await app.inject({ method: 'POST', url, headers: kenya, payload: body })).statusCode).toBe(404);
    const france = await signIn(app, frenchAdmin);
    const bad = await app.inject({ method: 'POST', url, headers: france, payload: { ...body, email: 'not-an-email', preferredLocale: 'de' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string; reason: string }) => `${f.field}:${f.reason}`).sort()).toEqual([
      'email:invalid_email',
      'preferredLocale:not_allowed',
    ]);
    const created = await app.inject({ method: 'POST', url, headers: france, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'nouvel.agent@justice.example', status: 'invited', role: 'officer' });
    const taken = await app.inject({ method: 'POST', url, headers: france, payload: body });
    expect(taken.json().error.code).toBe('email_taken');

    const outbox = await app.inject({ url: '/api/v1/outbox', headers: france });
    const mail = outbox.json().items.find((m: { recipient: string }) => m.recipient === 'nouvel.agent@justice.example');
    expect(mail.subject).toContain('Comity');
    expect(mail.bodyText).toContain('Bonjour Nouvel Agent');
    const token = /invitation#token=([\w-]+)/.exec(mail.bodyText)![1]!;
    const lookup = await app.inject({ method: 'POST', url: '/api/v1/invitations/lookup', payload: { token } });
    expect(lookup.json()).toMatchObject({ email: 'nouvel.agent@justice.example', organizationName: frenchAdmin.organization.name });
    const accepted = await app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password: 'a long enough password' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.preferredLocale).toBe('fr');
    expect((await app.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token, password: 'a long enough password' } })).statusCode).toBe(400);
  });

  it('the Kenyan admin’s outbox holds no French mail', async () => {
    const kenya = await signIn(app, kenyanAdmin);
    const outbox = await app.inject({ url: '/api/v1/outbox', headers: kenya });
    expect(outbox.json().items).toEqual([]);
    const officer = await signIn(app, frenchOfficer);
    expect((await app.inject({ url: '/api/v1/outbox', headers: officer })).statusCode).toBe(404);
  });

  it('organizations: only the secretariat creates them; others see only their own', async () => {
    const payload = { stateCode: 'br', name: 'Departamento de Recuperação de Ativos' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/organizations', payload })).statusCode).toBe(401);
    const france = await signIn(app, frenchAdmin);
    expect((await app.inject({ method: 'POST', url: '/api/v1/organizations', headers: france, payload })).statusCode).toBe(404);
    const sec = await signIn(app, secretariat);
    const unknownState = await app.inject({ method: 'POST', url: '/api/v1/organizations', headers: sec, payload: { ...payload, stateCode: 'XX' } });
    expect(unknownState.json().error.details.fields).toEqual([{ field: 'stateCode', reason: 'not_allowed' }]);
    const created = await app.inject({ method: 'POST', url: '/api/v1/organizations', headers: sec, payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ stateCode: 'BR', kind: 'authority', userCount: 0 });
    const seenByFrance = await app.inject({ url: '/api/v1/organizations', headers: france });
    expect(seenByFrance.json().items.map((o: { id: string }) => o.id)).toEqual([frenchAdmin.organization.id]);
    expect((await app.inject({ url: `/api/v1/organizations/${created.json().id}`, headers: france })).statusCode).toBe(404);
    const renamed = await app.inject({ method: 'PATCH', url: `/api/v1/organizations/${created.json().id}`, headers: sec, payload: { name: 'Autoridade Central' } });
    expect(renamed.json().name).toBe('Autoridade Central');
  });

  it('the secretariat admin may invite into any organization, but not give a secretariat role there', async () => {
    const org = await makeOrganization(db, { stateCode: 'JP' });
    const sec = await signIn(app, secretariat);
    const url = `/api/v1/organizations/${org.id}/invitations`;
    const wrongRole = await app.inject({ method: 'POST', url, headers: sec, payload: { email: 'a@jp.example', displayName: 'A', role: 'secretariat_staff', preferredLocale: 'en' } });
    expect(wrongRole.json().error.code).toBe('role_not_allowed');
    const ok = await app.inject({ method: 'POST', url, headers: sec, payload: { email: 'a@jp.example', displayName: 'A', role: 'authority_admin', preferredLocale: 'zh' } });
    expect(ok.statusCode).toBe(201);
  });

  it('GET /outbox/:id walks 401 → 404 → 400 → 200', async () => {
    const france = await signIn(app, frenchAdmin);
    const own = (await app.inject({ url: '/api/v1/outbox', headers: france })).json().items[0];
    const url = `/api/v1/outbox/${own.id}`;
    expect((await app.inject({ url })).statusCode).toBe(401);
    expect((await app.inject({ url, headers: await signIn(app, kenyanAdmin) })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/v1/outbox/42', headers: france })).statusCode).toBe(400);
    const ok = await app.inject({ url, headers: france });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).not.toHaveProperty('organizationId');
  });

  it('PATCH /profile and POST /profile/password: 401 → 400 → 2xx, audited', async () => {
    expect((await app.inject({ method: 'PATCH', url: '/api/v1/profile', payload: { preferredLocale: 'ru' } })).statusCode).toBe(401);
    const officer = await signIn(app, frenchOfficer);
    const bad = await app.inject({ method: 'PATCH', url: '/api/v1/profile', headers: officer, payload: { preferredLocale: 'de', displayName: '' } });
    expect(bad.json().error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['displayName', 'preferredLocale']);
    expect((await app.inject({ method: 'PATCH', url: '/api/v1/profile', headers: officer, payload: {} })).statusCode).toBe(400);
    const ok = await app.inject({ method: 'PATCH', url: '/api/v1/profile', headers: officer, payload: { preferredLocale: 'ru' } });
    expect(ok.json().preferredLocale).toBe('ru');
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/profile/password', headers: officer, payload: { currentPassword: 'nope', newPassword: 'a new long password' } });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'invalid_credentials']);
    const changed = await app.inject({ method: 'POST', url: '/api/v1/profile/password', headers: officer, payload: { currentPassword: frenchOfficer.password, newPassword: 'a new long password' } });
    expect(changed.statusCode).toBe(204);
    const actions = (await db.selectFrom('auditEvent').select('action').where('entityId', '=', frenchOfficer.id).execute()).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['profile.updated', 'profile.password_changed']));
  });
});
