import { createBrowserRouter, type RouteObject } from 'react-router';
import { Shell } from './Shell';

/** Each page is its own chunk, loaded when first visited. */
const page = (load: () => Promise<{ default: React.ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, ...page(() => import('../features/home/HomePage')) },
      { path: 'states', ...page(() => import('../features/states/StatesPage')) },
      { path: 'states/:code', ...page(() => import('../features/states/StatePage')) },
      { path: 'directory', ...page(() => import('../features/directory/DirectoryPage')) },
      { path: 'directory/authorities/new', ...page(() => import('../features/directory/AuthorityEditPage')) },
      { path: 'directory/authorities/:id', ...page(() => import('../features/directory/AuthorityPage')) },
      { path: 'directory/authorities/:id/edit', ...page(() => import('../features/directory/AuthorityEditPage')) },
      { path: 'directory/import', ...page(() => import('../features/directory/ImportPage')) },
      { path: 'directory/print', ...page(() => import('../features/directory/PrintPage')) },
      { path: 'login', ...page(() => import('../features/auth/LoginPage')) },
      { path: 'setup', ...page(() => import('../features/auth/SetupPage')) },
      { path: 'invitation', ...page(() => import('../features/auth/InvitationPage')) },
      { path: 'reset-password', ...page(() => import('../features/auth/ResetPasswordPage')) },
      { path: 'profile', ...page(() => import('../features/profile/ProfilePage')) },
      { path: 'admin/users', ...page(() => import('../features/admin/UsersPage')) },
      { path: 'admin/organizations', ...page(() => import('../features/admin/OrganizationsPage')) },
      { path: 'admin/outbox', ...page(() => import('../features/admin/OutboxPage')) },
      { path: '*', ...page(() => import('../features/errors/NotFoundPage')) },
    ],
  },
]);
