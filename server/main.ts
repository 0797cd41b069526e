import { buildApp } from './app';
import { createLogger, mailTransportFor, openDatabase, prepareDatabase, systemContext } from './boot';
import { loadConfig } from './config';
import { systemClock } from './lib/clock';
import { startJobs } from './jobs/scheduler';
import { issueSetupTokenIfNeeded } from './modules/accounts/index';

/** Starts the server: config → database → app → listen; stops cleanly on SIGINT/SIGTERM. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  const db = openDatabase(config);
  const ctx = systemContext(config, log);
  await prepareDatabase(db, ctx, config);
  const app = await buildApp({ db, config, clock: systemClock, mailTransport: mailTransportFor(config) }, log);
  await app.listen({ port: config.port, host: config.host });
  const url = config.publicUrl;
  const setupToken = await issueSetupTokenIfNeeded(db, ctx);
  // Printed, not logged: the setup link is a one-time secret for whoever started the server.
  process.stdout.write(`\nComity is running at ${url}\n`);
  if (setupToken) process.stdout.write(`\nNo users yet. Create the first administrator (link valid 24 hours):\n  ${url}/setup#token=${setupToken}\n\n`);

  const stopJobs = startJobs(db, ctx);
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    stopJobs();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
