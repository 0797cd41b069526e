import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../common/actor';
import type { Clock } from '../lib/clock';
import type { MailTransport } from '../lib/mail-transport';
import { UnauthenticatedError } from '../lib/errors';

/** What every service call receives besides the database: who acts, and the side-effect ports. */
export interface ServiceContext {
  actor: Actor | null;
  clock: Clock;
  /** Absolute base URL for links in e-mails, without a trailing slash. */
  publicUrl: string;
  mailTransport: MailTransport | null;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
}

/** The same context acting as `actor`. */
export function withActor(ctx: ServiceContext, actor: Actor | null): ServiceContext {
  return { ...ctx, actor };
}

/** The context's actor; services that change things refuse to run without one. */
export function requireActorOf(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new UnauthenticatedError();
  return ctx.actor;
}
