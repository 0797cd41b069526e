import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LIMITS } from '../common/limits';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Everything the process reads from its environment, parsed once and frozen. */
export interface Config {
  port: number;
  host: string;
  /** Where the SQLite database and generated secrets live. */
  dataDir: string;
  /** PostgreSQL URL; when absent the embedded SQLite database in `dataDir` is used. */
  databaseUrl: string | null;
  /** Base URL users reach the app at (links in e-mails); no trailing slash. */
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: string;
  /** Cookies carry `Secure` (on when `publicUrl` is https). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy: boolean;
  /** Where the reference data files are (States, UNCAC parties, regional groups). */
  referenceDir: string;
  /** Where the built web app is. */
  webDir: string;
  /** Sign-in attempts allowed per address and e-mail in each window of LIMITS.loginWindowMinutes. */
  loginAttemptsPerWindow: number;
}

/** Parses `env` into a Config; throws with every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const problems: string[] = [];
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT must be 0–65535, got ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres://');
  const host = env.HOST?.trim() || 'localhost';
  const publicUrl = (env.PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\//.test(publicUrl)) problems.push('PUBLIC_URL must start with http:// or https://');
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  const loginAttempts = Number(env.LOGIN_ATTEMPTS_PER_WINDOW ?? LIMITS.loginAttemptsPerWindow);
  if (!Number.isInteger(loginAttempts) || loginAttempts < 1) problems.push('LOGIN_ATTEMPTS_PER_WINDOW must be a positive integer');
  if (problems.length) throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return Object.freeze({
    port,
    host,
    dataDir: resolve(env.DATA_DIR?.trim() || 'data'),
    databaseUrl,
    publicUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM?.trim() || 'Comity <no-reply@localhost>',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy: env.TRUST_PROXY === 'true',
    referenceDir: resolve(projectRoot, env.REFERENCE_DIR?.trim() || 'data'),
    webDir: resolve(projectRoot, env.WEB_DIR?.trim() || 'dist/web'),
    loginAttemptsPerWindow: loginAttempts,
  });
}
