import { rmSync } from 'node:fs';
import { readServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const { pid, dataDir } = readServer();
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true });
}
