import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import type { App } from '../../platform/types';
import { makeUser, signIn, TEST_PASSWORD } from '../../test/factories';
import { createTestApp, createTestDb, DIALECTS, testContext } from '../../test/harness';
import { issueSetupTokenIfNeeded } from './setup.service';

const json = (payload: unknown) => ({ payload: payload as Record<string, unknown>, headers: { 'content-type': 'application/json' } });

describe.each(DIALECTS)('sign-in, setup, invitations and resets on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  let app: App;
  beforeAll(async () => {
    ({ db, close } = await createTestDb(dialect));
    app = await createTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('first run: a setup token creates the first secretariat admin, once', async () => {
    expect((await app.inject({ url: '/api/v1/session' })).json()).toMatchObject({ user: null, setupRequired: true });
    const token = (await issueSetupTokenIfNeeded(db, testContext()))!;
    const body = { token, email: 'Admin@Secretariat.example', displayName: 'Ada Admin', password: TEST_PASSWORD, preferredLocale: 'fr' };

    const bad = await app.inject({ method: 'POST', url: '/api/v1/setup', ...json({ ...body, password: 'short', extra: 1 }) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['extra', 'password']);

    const wrongToken = await app.inject({ method: 'POST', url: '/api/v1/setup', ...json({ ...body, token: 'x'.repeat(43) }) });
    expect(wrongToken.json().error.code).toBe('token_invalid');

    const ok = await app.inject({ method: 'POST', url: '/api/v1/setup', ...json(body) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ email: 'admin@secretariat.example', role: 'secretariat_admin', organization: { kind: 'secretariat' } });
    const cookie = ok.cookies.find((c) => c.name === 'comity_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    const again = await app.inject({ method: 'POST', url: '/api/v1/setup', ...json(body) });
    expect(again.json().error.code).toBe('setup_already_done');
    expect(await issueSetupTokenIfNeeded(db, testContext())).toBeNull();
  });

  it('a wrong password and an unknown account get the same answer', async () => {
    const user = await makeUser(db);
    const wrong = await app.inject({ method: 'POST', url: '/api/v1/session', ...json({ email: user.email, password: 'not the password' }) });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/session', ...json({ email: 'nobody@example.org', password: 'not the password' }) });
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('invalid_credentials');
  });

  it('a disabled account cannot sign in', async () => {
    const user = await makeUser(db, { status: 'disabled' });
    const response = await app.inject({ method: 'POST', url: '/api/v1/session', ...json({ email: user.email, password: user.password }) });
    expect(response.json().error.code).toBe('invalid_credentials');
  });

  it('unsafe requests with a session need its CSRF token', async () => {
    const user = await makeUser(db);
    const headers = await signIn(app, user);
    const withoutToken = await app.inject({ method: 'PATCH', url: '/api/v1/profile', headers: { cookie: headers.cookie! }, payload: { displayName: 'X' } });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().error.code).toBe('csrf_failed');
    const withToken = await app.inject({ method: 'PATCH', url: '/api/v1/profile', headers, payload: { displayName: 'Renamed' } });
    expect(withToken.statusCode).toBe(200);
  });

  it('without a session, unsafe requests must be JSON (no cross-site form posts)', async () => {
    const form = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a&password=b',
    });
    expect(form.statusCode).toBe(415);
  });

  it('sign-out ends the session', async () => {
    const user = await makeUser(db);
    const headers = await signIn(app, user);
    expect((await app.inject({ url: '/api/v1/profile', headers })).statusCode).toBe(200);
    expect((await app.inject({ method: 'DELETE', url: '/api/v1/session', headers })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/v1/profile', headers })).statusCode).toBe(401);
  });

  it('password reset: same answer for unknown addresses, link works once, old sessions end', async () => {
    const user = await makeUser(db);
    const headers = await signIn(app, user);
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/password-resets', ...json({ email: 'ghost@example.org' }) });
    expect(unknown.statusCode).toBe(202);
    const known = await app.inject({ method: 'POST', url: '/api/v1/password-resets', ...json({ email: user.email }) });
    expect(known.statusCode).toBe(202);
    const mail = await db.selectFrom('mailOutbox').selectAll().where('recipient', '=', user.email).executeTakeFirstOrThrow();
    expect(mail.template).toBe('passwordReset');
    const token = /#token=([\w-]+)/.exec(mail.bodyText)![1]!;
    const body = { token, password: 'a brand new long password' };
    expect((await app.inject({ method: 'POST', url: '/api/v1/password-resets/complete', ...json(body) })).statusCode).toBe(204);
    expect((await app.inject({ method: 'POST', url: '/api/v1/password-resets/complete', ...json(body) })).json().error.code).toBe('token_invalid');
    expect((await app.inject({ url: '/api/v1/profile', headers })).statusCode).toBe(401);
    await signIn(app, { email: user.email, password: body.password });
  });
});

describe('sign-in rate limit', () => {
  it('refuses the eleventh attempt on one account in the window with rate_limited, translated; other accounts still answer', async () => {
    const { db, close } = await createTestDb('sqlite', { states: false });
    const app = await createTestApp(db, undefined, { LOGIN_ATTEMPTS_PER_WINDOW: '10' });
    const attempt = (email = 'a@b.example') =>
      app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'accept-language': 'es' }, payload: { email, password: 'wrong password' } });
    for (let i = 0; i < 10; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/intentos/i) });
    expect((await attempt('colleague@b.example')).statusCode).toBe(401);
    await app.close();
    await close();
  });
});
