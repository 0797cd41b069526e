import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../common/limits';
import type { Db } from '../db/database';
import { createTestApp, createTestDb } from '../test/harness';
import type { App } from './types';

describe('platform: errors, docs and secure defaults', () => {
  let db: Db;
  let close: () => Promise<void>;
  let app: App;
  beforeAll(async () => {
    ({ db, close } = await createTestDb('sqlite'));
    app = await createTestApp(db);
  });
  afterAll(async () => {
    await app.close();
    await close();
  });

  it('every route is in the OpenAPI document, and every route not marked public answers 401 without a session', async () => {
    const spec = (await app.inject({ url: '/api/openapi.json' })).json();
    const operations = Object.entries(spec.paths as Record<string, Record<string, { security?: unknown[] }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), isPublic: Array.isArray(op.security) && op.security.length === 0 })),
    );
    expect(operations.length).toBeGreaterThan(30);
    expect(operations.filter((o) => o.isPublic).map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/states', 'POST /api/v1/session', 'GET /api/v1/directory/finder']),
    );
    for (const op of operations.filter((o) => !o.isPublic)) {
      const url = op.path.replace('{id}', '0190a000-0000-7000-8000-000000000000').replace('{code}', 'FR');
      const response = await app.inject({ method: op.method as 'GET', url, payload: op.method === 'GET' ? undefined : {} });
      expect([op.method, op.path, response.statusCode]).toEqual([op.method, op.path, 401]);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('the API documentation is browsable without signing in', async () => {
    const page = await app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect((await app.inject({ url: '/api/docs/json' })).json().openapi).toMatch(/^3\./);
  });

  it('unknown API paths answer JSON 404', async () => {
    const response = await app.inject({ url: '/api/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('malformed JSON, oversize bodies and wrong content types are refused with a code', async () => {
    const malformed = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expect([malformed.statusCode, malformed.json().error.code]).toEqual([400, 'malformed_json']);
    const big = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'x'.repeat(LIMITS.bodyBytesMax) }) });
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'body_too_large']);
    const text = await app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(415);
  });

  it('error messages follow Accept-Language', async () => {
    const ask = async (language: string) =>
      (await app.inject({ url: '/api/v1/profile', headers: { 'accept-language': language } })).json().error.message as string;
    const messages = await Promise.all(['ar', 'zh-CN', 'en', 'fr-CA,fr;q=0.9', 'ru', 'es-419'].map(ask));
    expect(new Set(messages).size).toBe(6);
    expect(messages[1]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('health and readiness', async () => {
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('exposes Prometheus metrics by route pattern, never by concrete id', async () => {
    await app.inject({ url: '/api/v1/states/FR' });
    const text = (await app.inject({ url: '/metrics' })).body;
    expect(text).toContain('comity_http_requests_total{method="GET",route="/api/v1/states/:code",status="200"}');
    expect(text).not.toContain('/api/v1/states/FR');
  });

  it('sends security headers', async () => {
    const response = await app.inject({ url: '/healthz' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
