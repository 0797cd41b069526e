import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { LIMITS } from '../common/limits';
import { isReachable } from './db/dialect';
import { newId } from './lib/ids';
import { authRoutes, profileRoutes, sessionResolver, usersRoutes } from './modules/accounts/index';
import { directoryRoutes } from './modules/directory/index';
import { notificationsRoutes } from './modules/notifications/index';
import { statesRoutes } from './modules/states/index';
import { registerErrorHandler, sendError } from './platform/error-handler';
import { registerMetrics } from './platform/metrics';
import { registerSession } from './platform/session';
import type { App, AppDeps } from './platform/types';
import { validatorCompiler } from './platform/validation';

/** Every module's routes, mounted under /api/v1. */
const MODULE_ROUTES = [statesRoutes, authRoutes, usersRoutes, profileRoutes, notificationsRoutes, directoryRoutes];

/** Builds the whole application; tests call this and use `inject()`. */
export async function buildApp(deps: AppDeps, loggerInstance?: FastifyBaseLogger): Promise<App> {
  const app = Fastify({
    ...(loggerInstance ? { loggerInstance } : { logger: false }),
    bodyLimit: LIMITS.bodyBytesMax,
    trustProxy: deps.config.trustProxy,
    genReqId: () => newId(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.addHook('onRoute', (route) => {
    // The browsable docs are public; the OpenAPI document says which routes need no session.
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), public: true };
    if ((route.config as { public?: boolean } | undefined)?.public && route.schema) route.schema = { ...route.schema, security: [] };
  });
  registerErrorHandler(app);
  await app.register(helmet, { contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:'] } } });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerApiDocs(app);
  registerSession(app, deps, sessionResolver(deps.db));
  registerMetrics(app);

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    if (await isReachable(deps.db)) return { status: 'ready' };
    return sendError(request, reply, 'unavailable', 503);
  });

  await app.register(
    async (api) => {
      for (const routes of MODULE_ROUTES) routes(api as unknown as App, deps);
    },
    { prefix: '/api/v1' },
  );
  await registerWebApp(app, deps.config.webDir);
  return app;
}

async function registerApiDocs(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: 'Comity API', version: '1', description: 'International cooperation in criminal matters under UNCAC.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'comity_session' } } },
      security: [{ session: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}

/** Serves the built web app; unknown /api paths answer JSON 404, other paths get the app (its own not-found page). */
async function registerWebApp(app: App, webDir: string): Promise<void> {
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false, maxAge: '1y', immutable: true });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasWeb;
    if (!isPage) return sendError(request, reply, 'not_found', 404);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir, { maxAge: 0, immutable: false });
  });
}
