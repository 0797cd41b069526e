import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  AcceptInvitationBody,
  InvitationView,
  LoginBody,
  PasswordResetCompleteBody,
  PasswordResetRequestBody,
  SessionView,
  SetupBody,
  TokenBody,
} from '../../../common/contracts/accounts';
import { LIMITS } from '../../../common/limits';
import type { ServiceContext } from '../../platform/context';
import { clearSessionCookie, setSessionCookie } from '../../platform/session';
import type { App, AppDeps } from '../../platform/types';
import { acceptInvitation, completePasswordReset, lookupInvitation, requestPasswordReset } from './invitations.service';
import { describeSession, login, logout, sessionResolver } from './session.service';
import { completeSetup } from './setup.service';

const NoContent = { 204: Type.Null() };

/** Sign-in, sign-out, first-run setup, invitations and password resets. */
export function authRoutes(app: App, { db, config }: AppDeps): void {
  const resolveSession = sessionResolver(db);
  // Per client address and, where the body names one, per e-mail: one noisy office does not lock out another.
  const loginLimit = {
    // After parsing, so the key can include the e-mail address.
    hook: 'preHandler' as const,
    max: config.loginAttemptsPerWindow,
    timeWindow: LIMITS.loginWindowMinutes * 60_000,
    keyGenerator: (request: FastifyRequest) => `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
  };

  app.get(
    '/session',
    { config: { public: true }, schema: { tags: ['session'], summary: 'Who is signed in', response: { 200: SessionView } } },
    async (request) => describeSession(db, request.actor, request.session?.csrfToken ?? null),
  );

  app.post(
    '/session',
    {
      config: { public: true, rateLimit: loginLimit },
      schema: { tags: ['session'], summary: 'Sign in', body: LoginBody, response: { 200: SessionView } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await login(db, request.ctx, request.body);
      setSessionCookie(reply, config, token, expiresAt);
      return sessionAfterSignIn(request.ctx, token);
    },
  );

  app.delete('/session', { config: { public: true }, schema: { tags: ['session'], summary: 'Sign out', response: NoContent } }, async (request, reply) => {
    if (request.session) await logout(db, request.ctx, request.session.id);
    clearSessionCookie(reply, config);
    return reply.status(204).send(null);
  });

  app.post(
    '/setup',
    {
      config: { public: true, rateLimit: loginLimit },
      schema: { tags: ['session'], summary: 'Create the first secretariat administrator', body: SetupBody, response: { 200: SessionView } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await completeSetup(db, request.ctx, request.body);
      setSessionCookie(reply, config, token, expiresAt);
      return sessionAfterSignIn(request.ctx, token);
    },
  );

  app.post(
    '/invitations/lookup',
    {
      config: { public: true, rateLimit: loginLimit },
      schema: { tags: ['session'], summary: 'Describe an invitation before accepting it', body: TokenBody, response: { 200: InvitationView } },
    },
    async (request) => lookupInvitation(db, request.ctx, request.body.token),
  );

  app.post(
    '/invitations/accept',
    {
      config: { public: true, rateLimit: loginLimit },
      schema: { tags: ['session'], summary: 'Accept an invitation and set a password', body: AcceptInvitationBody, response: { 200: SessionView } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await acceptInvitation(db, request.ctx, request.body);
      setSessionCookie(reply, config, token, expiresAt);
      return sessionAfterSignIn(request.ctx, token);
    },
  );

  app.post(
    '/password-resets',
    {
      config: { public: true, rateLimit: loginLimit },
      schema: { tags: ['session'], summary: 'Send a password reset link', body: PasswordResetRequestBody, response: { 202: Type.Null() } },
    },
    async (request, reply) => {
      await requestPasswordReset(db, request.ctx, request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/password-resets/complete',
    {
      config: { public: true, rateLimit: loginLimit },
      schema: { tags: ['session'], summary: 'Set a new password from a reset link', body: PasswordResetCompleteBody, response: NoContent },
    },
    async (request, reply) => {
      await completePasswordReset(db, request.ctx, request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  /** Right after sign-in the cookie is not yet on the request: resolve the new session directly. */
  async function sessionAfterSignIn(ctx: ServiceContext, token: string) {
    const found = await resolveSession(token, ctx);
    return describeSession(db, found?.actor ?? null, found?.session.csrfToken ?? null);
  }
}
