import { Type } from 'typebox';
import { MeView, PasswordChangeBody, ProfileUpdateBody } from '../../../common/contracts/accounts';
import { requireActor } from '../../platform/session';
import type { App, AppDeps } from '../../platform/types';
import { changePassword, getProfile, updateProfile } from './profile.service';

/** The signed-in user's own profile. */
export function profileRoutes(app: App, { db }: AppDeps): void {
  app.get('/profile', { schema: { tags: ['profile'], summary: 'Your profile', response: { 200: MeView } } }, async (request) => {
    requireActor(request);
    return getProfile(db, request.ctx);
  });

  app.patch(
    '/profile',
    { schema: { tags: ['profile'], summary: 'Change your name or language', body: ProfileUpdateBody, response: { 200: MeView } } },
    async (request) => {
      requireActor(request);
      return updateProfile(db, request.ctx, request.body);
    },
  );

  app.post(
    '/profile/password',
    { schema: { tags: ['profile'], summary: 'Change your password', body: PasswordChangeBody, response: { 204: Type.Null() } } },
    async (request, reply) => {
      requireActor(request);
      await changePassword(db, request.ctx, request.body);
      return reply.status(204).send(null);
    },
  );
}
