import { parseArgs } from 'node:util';
import { isLocale } from '../common/locales';
import { ROLES, type Role } from '../common/roles';
import { createLogger, openDatabase, prepareDatabase, systemContext } from './boot';
import { loadConfig } from './config';
import { migrateToLatest } from './db/migrate';
import { createUserFromCommandLine } from './modules/accounts/index';
import { verifyAuditChain } from './modules/audit/index';
import { seedDemoDirectory, sendStaleReminders } from './modules/directory/index';
import { serve } from './main';

const USAGE = `Usage: comity <command>

  serve                         start the web app and API (default)
  migrate                       bring the database schema up to date
  user create --email E --name N --role R [--state XX] [--locale L]
                                create an account; prints a one-time link to set its password
                                roles: ${ROLES.join(', ')}
  audit verify                  check the audit chain; prints OK or the first broken row
  demo                          seed a demo directory for a dozen States (fictional contacts; idempotent)
  jobs run                      run the background jobs once now (directory reminders)
`;

/** Runs one `comity` command and returns the process exit code. */
export async function run(argv: string[]): Promise<number> {
  const [command = 'serve', sub] = argv;
  if (command === 'serve') {
    await serve();
    return -1; // keeps running
  }
  if (command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = loadConfig();
  const log = createLogger(config);
  const db = openDatabase(config);
  try {
    if (command === 'migrate') {
      const applied = await migrateToLatest(db);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Schema is up to date.\n');
      return 0;
    }
    if (command === 'audit' && sub === 'verify') {
      const result = await verifyAuditChain(db);
      if (result.ok) {
        process.stdout.write(`OK: ${result.count} audit events, chain intact\n`);
        return 0;
      }
      process.stdout.write(`BROKEN at row ${result.seq}: ${result.reason}\n`);
      return 1;
    }
    if (command === 'demo' || (command === 'jobs' && sub === 'run')) {
      const ctx = systemContext(config, log);
      await prepareDatabase(db, ctx, config);
      if (command === 'demo') {
        const seeded = await seedDemoDirectory(db, ctx);
        process.stdout.write(`Demo directory: ${seeded.authorities} entries and ${seeded.designations} designations added.\n`);
      } else {
        process.stdout.write(`Directory reminders: ${await sendStaleReminders(db, ctx)} e-mails queued.\n`);
      }
      return 0;
    }
    if (command === 'user' && sub === 'create') {
      const ctx = systemContext(config, log);
      await prepareDatabase(db, ctx, config);
      const { values } = parseArgs({
        args: argv.slice(2),
        options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, state: { type: 'string' }, locale: { type: 'string' } },
      });
      const { email, name, role } = values;
      if (!email || !name || !role || !(ROLES as readonly string[]).includes(role)) {
        process.stderr.write(USAGE);
        return 2;
      }
      const locale = isLocale(values.locale) ? values.locale : 'en';
      const link = await createUserFromCommandLine(db, ctx, { email, displayName: name, role: role as Role, stateCode: values.state, locale });
      process.stdout.write(`Created ${email}. They set their password here (valid 7 days):\n  ${link}\n`);
      return 0;
    }
    process.stderr.write(USAGE);
    return 2;
  } finally {
    await db.destroy();
  }
}
