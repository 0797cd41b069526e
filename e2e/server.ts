import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STATE_FILE = join('test-results', 'e2e-server.json');

/** What global setup leaves for the tests: the running server and its one-time setup URL. */
export interface E2eServer {
  pid: number;
  dataDir: string;
  setupUrl: string;
}

export function readServer(): E2eServer {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
}

/** The first administrator the journey creates; later specs sign in as them. */
export const ADMIN = { email: 'admin@secretariat.example', name: 'Amina Haddad', password: 'a long secretariat passphrase' };

/** France's authority administrator, invited and activated in the first journey. */
export const CLAIRE = { email: 'claire.martin@justice.example', name: 'Claire Martin', password: 'entraide penale internationale' };
