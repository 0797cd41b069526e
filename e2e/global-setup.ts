import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_PORT } from '../playwright.config';
import { STATE_FILE, type E2eServer } from './server';

/** Starts Comity on an empty SQLite database and captures the setup URL it prints. */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build-if-stale.js'], { stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'comity-e2e-'));
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(E2E_PORT), DATABASE_URL: '', LOG_LEVEL: 'warn', SMTP_URL: '' };
  // A living directory from the start, as `comity demo` gives a new installation.
  execFileSync(process.execPath, ['bin/comity.js', 'demo'], { env, stdio: 'inherit' });
  const child = spawn(process.execPath, ['bin/comity.js', 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const setupUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/setup#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  child.stdout.removeAllListeners();
  child.stdout.resume();
  child.unref();
  mkdirSync('test-results', { recursive: true });
  const state: E2eServer = { pid: child.pid!, dataDir, setupUrl };
  writeFileSync(STATE_FILE, JSON.stringify(state));
}
