import type { Db } from '../db/database';
import { newId } from '../lib/ids';
import type { ServiceContext } from '../platform/context';
import { sendStaleReminders } from '../modules/directory/index';
import { takeLease } from './lease';

const HOUR = 3_600_000;

/** Jobs that run in the background, each under a lease so only one process runs it. */
const JOBS: { name: string; everyMs: number; run: (db: Db, ctx: ServiceContext) => Promise<unknown> }[] = [
  { name: 'directory.stale-reminders', everyMs: 6 * HOUR, run: sendStaleReminders },
];

/** Starts the jobs; returns a function that stops them. */
export function startJobs(db: Db, ctx: ServiceContext): () => void {
  const holder = newId();
  const timers = JOBS.map((job) => {
    const tick = async () => {
      try {
        if (await takeLease(db, job.name, holder, ctx.clock.now(), job.everyMs - 60_000)) await job.run(db, ctx);
      } catch (error) {
        ctx.log.error({ err: error, job: job.name }, 'job failed');
      }
    };
    const first = setTimeout(() => void tick(), 30_000);
    const every = setInterval(() => void tick(), job.everyMs);
    return [first, every] as const;
  });
  return () => timers.forEach(([first, every]) => (clearTimeout(first), clearInterval(every)));
}
