export { authRoutes } from './auth.routes';
export { usersRoutes } from './users.routes';
export { profileRoutes } from './profile.routes';
export { sessionResolver } from './session.service';
export { issueSetupTokenIfNeeded } from './setup.service';
export { createUserFromCommandLine } from './cli.service';
export { listActiveStateAdmins } from './accounts.repository';
