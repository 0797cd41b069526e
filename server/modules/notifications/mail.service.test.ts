import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database';
import type { OutgoingMail } from '../../lib/mail-transport';
import { createTestDb, DIALECTS, testContext } from '../../test/harness';
import { deliverQueuedMail, queueMail } from './mail.service';

describe.each(DIALECTS)('mail delivery on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await createTestDb(dialect, { states: false })));
  afterAll(() => close());

  const invitation = { organizationId: null, template: 'invitation' as const, values: { name: 'Ana', organization: 'Fiscalía', link: 'http://x/invitation#token=t', days: 7 } };

  it('with SMTP, queued mail is sent after the transaction and marked sent, rendered in the recipient’s language', async () => {
    const sent: OutgoingMail[] = [];
    const ctx = { ...testContext(), mailTransport: { deliver: async (m: OutgoingMail) => void sent.push(m) } };
    await db.transaction().execute((trx) => queueMail(trx, ctx, { ...invitation, to: 'ana@mx.example.org', locale: 'es' }));
    expect(sent).toEqual([]);
    expect(await deliverQueuedMail(db, ctx)).toBe(1);
    expect(sent[0]).toMatchObject({ to: 'ana@mx.example.org', subject: expect.stringContaining('Fiscalía') });
    expect(sent[0]!.text).toContain('Ana');
    const row = await db.selectFrom('mailOutbox').selectAll().where('recipient', '=', 'ana@mx.example.org').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', locale: 'es', error: null });
  });

  it('a failing SMTP server leaves the mail marked failed, not lost', async () => {
    const ctx = { ...testContext(), mailTransport: { deliver: async () => Promise.reject(new Error('connection refused')) } };
    await db.transaction().execute((trx) => queueMail(trx, ctx, { ...invitation, to: 'li@cn.example.org', locale: 'zh' }));
    expect(await deliverQueuedMail(db, ctx)).toBe(0);
    const row = await db.selectFrom('mailOutbox').selectAll().where('recipient', '=', 'li@cn.example.org').executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.error).toContain('connection refused');
    expect(row.subject).toMatch(/[\u4e00-\u9fff]/);
  });

  it('without SMTP the mail stays in the outbox', async () => {
    const ctx = testContext();
    await db.transaction().execute((trx) => queueMail(trx, ctx, { ...invitation, to: 'omar@eg.example.org', locale: 'ar' }));
    expect(await deliverQueuedMail(db, ctx)).toBe(0);
    const row = await db.selectFrom('mailOutbox').selectAll().where('recipient', '=', 'omar@eg.example.org').executeTakeFirstOrThrow();
    expect(row.status).toBe('outbox');
    expect(row.bodyText).toMatch(/[\u0600-\u06ff]/);
  });
});
