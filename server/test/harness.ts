import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import type { Actor } from '../../common/actor';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { createDatabase, type Db } from '../db/database';
import type { DialectName } from '../db/dialect';
import { migrateToLatest } from '../db/migrate';
import { fixedClock } from '../lib/clock';
import type { ServiceContext } from '../platform/context';
import type { App } from '../platform/types';
import { loadReferenceStates } from '../modules/states/index';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const REFERENCE_DIR = fileURLToPath(new URL('../../data', import.meta.url));
export const TEST_NOW = '2026-11-29T09:00:00.000Z';

const silentLog = { info: () => {}, warn: () => {}, error: () => {} };

/** A fresh, migrated database: SQLite in memory, or a PostgreSQL schema of its own. */
export async function createTestDb(dialect: DialectName, options: { states?: boolean } = {}): Promise<{ db: Db; close: () => Promise<void> }> {
  let db: Db;
  let close: () => Promise<void>;
  if (dialect === 'sqlite') {
    db = createDatabase({ sqliteFile: ':memory:' });
    close = () => db.destroy();
  } else {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    db = createDatabase({ postgresUrl: url, searchPath: schema });
    close = async () => {
      await sql.raw(`drop schema ${schema} cascade`).execute(db);
      await db.destroy();
    };
  }
  await migrateToLatest(db);
  if (options.states !== false) await loadReferenceStates(db, testContext(), REFERENCE_DIR);
  return { db, close };
}

/** A service context with a fixed clock, no SMTP and a silent log. */
export function testContext(actor: Actor | null = null, clock = fixedClock(TEST_NOW)): ServiceContext {
  return { actor, clock, publicUrl: 'http://comity.test', mailTransport: null, log: silentLog };
}

/** The whole app on `db`, for `inject()`. */
export async function createTestApp(db: Db, clock = fixedClock(TEST_NOW), env: Record<string, string> = {}): Promise<App> {
  const config = loadConfig({ PUBLIC_URL: 'http://comity.test', WEB_DIR: '/nonexistent', LOGIN_ATTEMPTS_PER_WINDOW: '1000', ...env });
  return buildApp({ db, config, clock, mailTransport: null });
}
