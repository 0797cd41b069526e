import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDatabase, type Db } from '../../db/database';
import { dialectOf } from '../../db/dialect';
import { migrateToLatest } from '../../db/migrate';
import { makeUser } from '../../test/factories';
import { createTestDb, DIALECTS, testContext } from '../../test/harness';
import { recordAudit, verifyAuditChain } from './audit.service';

/** What an attacker with database access would do: lift the append-only guard, then rewrite a row. */
async function tamper(db: Db, seq: number, action: string): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table audit_event disable trigger audit_event_no_rewrite`.execute(db);
    await db.updateTable('auditEvent').set({ action }).where('seq', '=', seq).execute();
    await sql`alter table audit_event enable trigger audit_event_no_rewrite`.execute(db);
    return;
  }
  await sql`drop trigger audit_event_no_update`.execute(db);
  await db.updateTable('auditEvent').set({ action }).where('seq', '=', seq).execute();
}

describe.each(DIALECTS)('audit chain on %s', (dialect) => {
  let db: Db;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, close } = await createTestDb(dialect, { states: false })));
  afterAll(() => close());

  it('chains each event to the one before and verifies OK', async () => {
    const user = await makeUser(db, { stateCode: undefined, role: 'secretariat_admin' });
    const ctx = testContext(user.actor);
    for (let i = 0; i < 5; i++) {
      await db.transaction().execute((trx) => recordAudit(trx, ctx, { action: 'test.event', entityType: 'thing', entityId: String(i), details: { i } }));
    }
    const rows = await db.selectFrom('auditEvent').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[0]).toMatchObject({ actorUserId: user.id, actorOrganizationId: user.organization.id });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });

  it('refuses updates and deletes in the database itself', async () => {
    await expect(db.updateTable('auditEvent').set({ action: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('auditEvent').where('seq', '=', 1).execute()).rejects.toThrow(/append-only/);
  });

  it('an event written in a rolled-back transaction leaves no trace', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAudit(trx, testContext(), { action: 'doomed', entityType: 'thing', entityId: 'x' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await verifyAuditChain(db)).toEqual({ ok: true, count: 5 });
  });

  it('names the first row whose content was edited', async () => {
    await tamper(db, 3, 'test.rewritten');
    expect(await verifyAuditChain(db)).toEqual({ ok: false, seq: 3, reason: 'content does not match its hash' });
  });
});

describe('comity audit verify', () => {
  it('prints OK, then names the edited row and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comity-audit-'));
    const db = createDatabase({ sqliteFile: join(dir, 'comity.db') });
    await migrateToLatest(db);
    for (let i = 0; i < 3; i++) {
      await db.transaction().execute((trx) => recordAudit(trx, testContext(), { action: 'cli.event', entityType: 'thing', entityId: String(i) }));
    }
    vi.stubEnv('DATA_DIR', dir);
    vi.stubEnv('DATABASE_URL', '');
    const { run } = await import('../../cli');
    const output = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await run(['audit', 'verify'])).toBe(0);
    expect(String(output.mock.calls.at(-1)?.[0])).toMatch(/^OK: 3 audit events/);
    await tamper(db, 2, 'cli.rewritten');
    expect(await run(['audit', 'verify'])).toBe(1);
    expect(String(output.mock.calls.at(-1)?.[0])).toBe('BROKEN at row 2: content does not match its hash\n');
    output.mockRestore();
    vi.unstubAllEnvs();
    await db.destroy();
  });
});
