import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../common/actor';
import { negotiateLocale } from '../../common/locales';
import type { Config } from '../config';
import { AppError, UnauthenticatedError } from '../lib/errors';
import { safeEqual } from '../lib/crypto';
import type { ServiceContext } from './context';
import type { App, AppDeps, RequestSession } from './types';

export const SESSION_COOKIE = 'comity_session';
export const CSRF_HEADER = 'x-csrf-token';

/** Finds the actor behind a session token; supplied by the accounts module. */
export type SessionResolver = (
  token: string,
  ctx: ServiceContext,
) => Promise<{ actor: Actor; session: RequestSession } | null>;

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie into `request.actor` and checks CSRF on unsafe methods:
 * with a session, the `x-csrf-token` header must carry the session's token; without one,
 * the body must be JSON (which a cross-site form cannot send without a CORS preflight).
 */
export function registerSession(app: App, deps: AppDeps, resolve: SessionResolver): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('locale', 'en');
  app.decorateRequest('ctx', null as unknown as ServiceContext);

  app.addHook('onRequest', async (request) => {
    request.locale = negotiateLocale(request.headers['accept-language']);
    request.ctx = baseContext(deps, request);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const found = await resolve(token, request.ctx);
      if (found) {
        request.actor = found.actor;
        request.session = found.session;
        request.locale = found.actor.locale;
        request.ctx = { ...request.ctx, actor: found.actor };
      }
    }
    // Secure by default: an API route is for signed-in users unless it says `config: { public: true }`.
    const isKnownRoute = Boolean(request.routeOptions.url);
    if (isKnownRoute && !request.routeOptions.config.public && !request.actor) throw new UnauthenticatedError();
    if (UNSAFE.has(request.method)) checkCsrf(request);
  });
}

function baseContext(deps: AppDeps, request: FastifyRequest): ServiceContext {
  return {
    actor: null,
    clock: deps.clock,
    publicUrl: deps.config.publicUrl,
    mailTransport: deps.mailTransport,
    log: request.log,
  };
}

function checkCsrf(request: FastifyRequest): void {
  if (request.session) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !safeEqual(sent, request.session.csrfToken)) throw new AppError('csrf_failed');
    return;
  }
  const type = request.headers['content-type'] ?? '';
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'];
  if (hasBody && !type.startsWith('application/json')) throw new AppError('unsupported_media_type');
}

/** The actor of an authenticated request; 401 otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthenticatedError();
  return request.actor;
}

/** Sets the session cookie (HttpOnly, SameSite=Lax, Secure behind HTTPS). */
export function setSessionCookie(reply: FastifyReply, config: Readonly<Config>, token: string, expiresAt: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Readonly<Config>): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' });
}
