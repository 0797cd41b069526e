import { join } from 'node:path';
import pino from 'pino';
import type { Config } from './config';
import { createDatabase, type Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { systemClock } from './lib/clock';
import type { MailTransport } from './lib/mail-transport';
import { smtpTransport } from './lib/smtp';
import type { ServiceContext } from './platform/context';
import { loadReferenceStates } from './modules/states/index';

/** Secrets and tokens that must never reach a log line. */
export const REDACT = ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'];

export function createLogger(config: Readonly<Config>) {
  return pino({ level: config.logLevel, redact: REDACT });
}

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else SQLite in the data dir. */
export function openDatabase(config: Readonly<Config>): Db {
  return createDatabase(config.databaseUrl ? { postgresUrl: config.databaseUrl } : { sqliteFile: join(config.dataDir, 'comity.db') });
}

export function mailTransportFor(config: Readonly<Config>): MailTransport | null {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : null;
}

/** A context for work the system does itself (start-up, CLI), with no user behind it. */
export function systemContext(config: Readonly<Config>, log: ServiceContext['log']): ServiceContext {
  return { actor: null, clock: systemClock, publicUrl: config.publicUrl, mailTransport: mailTransportFor(config), log };
}

/** Migrations, then reference data; both do nothing when already done. */
export async function prepareDatabase(db: Db, ctx: ServiceContext, config: Readonly<Config>): Promise<void> {
  const applied = await migrateToLatest(db);
  if (applied.length) ctx.log.info({ applied }, 'migrations applied');
  const loaded = await loadReferenceStates(db, ctx, config.referenceDir);
  if (loaded) ctx.log.info({ states: loaded }, 'reference data loaded');
}
