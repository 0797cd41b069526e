import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Actor } from '../../common/actor';
import type { Locale } from '../../common/locales';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { Clock } from '../lib/clock';
import type { MailTransport } from '../lib/mail-transport';
import type { ServiceContext } from './context';

/** The Fastify instance with TypeBox typing, as every route file receives it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What buildApp needs from outside; tests pass their own. */
export interface AppDeps {
  db: Db;
  config: Readonly<Config>;
  clock: Clock;
  mailTransport: MailTransport | null;
}

/** The signed-in session behind a request. */
export interface RequestSession {
  id: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in (default: sign-in required for every API route). */
    public?: boolean;
  }

  interface FastifyRequest {
    actor: Actor | null;
    session: RequestSession | null;
    locale: Locale;
    /** The service context for this request (actor, clock, mail, logger). */
    ctx: ServiceContext;
  }
}
