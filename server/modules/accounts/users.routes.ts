import { IdParams } from '../../../common/contracts/common';
import {
  InviteBody,
  OrganizationCreateBody,
  OrganizationList,
  OrganizationUpdateBody,
  OrganizationView,
  UserList,
  UserListQuery,
  UserUpdateBody,
  UserView,
} from '../../../common/contracts/accounts';
import { requireActor } from '../../platform/session';
import type { App, AppDeps } from '../../platform/types';
import {
  createOrganization,
  getOrganizationFor,
  listOrganizationsFor,
  renameOrganization,
} from './organizations.service';
import { getUserFor, inviteUser, listUsersFor, updateUserFor } from './users.service';

/** Users and organizations, for administrators. */
export function usersRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/users',
    { schema: { tags: ['users'], summary: 'List the users you administer', querystring: UserListQuery, response: { 200: UserList } } },
    async (request) => listUsersFor(db, requireActor(request), request.query),
  );

  app.get(
    '/users/:id',
    { schema: { tags: ['users'], summary: 'Read one user', params: IdParams, response: { 200: UserView } } },
    async (request) => getUserFor(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/users/:id',
    { schema: { tags: ['users'], summary: 'Change a user’s name, role or status', params: IdParams, body: UserUpdateBody, response: { 200: UserView } } },
    async (request) => {
      requireActor(request);
      return updateUserFor(db, request.ctx, request.params.id, request.body);
    },
  );

  app.get(
    '/organizations',
    { schema: { tags: ['organizations'], summary: 'List organizations you may see', response: { 200: OrganizationList } } },
    async (request) => {
      const items = await listOrganizationsFor(db, requireActor(request));
      return { items, total: items.length };
    },
  );

  app.post(
    '/organizations',
    { schema: { tags: ['organizations'], summary: 'Create the authority of a State', body: OrganizationCreateBody, response: { 201: OrganizationView } } },
    async (request, reply) => {
      requireActor(request);
      return reply.status(201).send(await createOrganization(db, request.ctx, request.body));
    },
  );

  app.get(
    '/organizations/:id',
    { schema: { tags: ['organizations'], summary: 'Read one organization', params: IdParams, response: { 200: OrganizationView } } },
    async (request) => getOrganizationFor(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/organizations/:id',
    { schema: { tags: ['organizations'], summary: 'Rename an organization', params: IdParams, body: OrganizationUpdateBody, response: { 200: OrganizationView } } },
    async (request) => {
      requireActor(request);
      return renameOrganization(db, request.ctx, request.params.id, request.body);
    },
  );

  app.post(
    '/organizations/:id/invitations',
    { schema: { tags: ['users'], summary: 'Invite someone to an organization', params: IdParams, body: InviteBody, response: { 201: UserView } } },
    async (request, reply) => {
      requireActor(request);
      return reply.status(201).send(await inviteUser(db, request.ctx, request.params.id, request.body));
    },
  );
}
