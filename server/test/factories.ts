import type { Actor } from '../../common/actor';
import type { Locale } from '../../common/locales';
import { roleFitsOrganization, type OrganizationKind, type Role, type UserStatus } from '../../common/roles';
import type { Db } from '../db/database';
import { newId } from '../lib/ids';
import type { OrganizationRow } from '../modules/accounts/accounts.table';
import { hashPassword } from '../modules/accounts/password';
import type { App } from '../platform/types';
import { TEST_NOW } from './harness';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;
let counter = 0;

/** An organization; an authority of France unless told otherwise. */
export async function makeOrganization(
  db: Db,
  input: { kind?: OrganizationKind; stateCode?: string | null; name?: string } = {},
): Promise<OrganizationRow> {
  const kind = input.kind ?? 'authority';
  const organization: OrganizationRow = {
    id: newId(),
    kind,
    stateCode: kind === 'secretariat' ? null : (input.stateCode ?? 'FR'),
    name: input.name ?? `${kind === 'secretariat' ? 'Secretariat' : 'Central authority'} ${++counter}`,
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
  };
  await db.insertInto('organization').values(organization).execute();
  return organization;
}

export interface MadeUser {
  id: string;
  email: string;
  password: string;
  organization: OrganizationRow;
  actor: Actor;
}

/** A user; creates a fitting organization (secretariat or a State's authority) when none is given. */
export async function makeUser(
  db: Db,
  input: { role?: Role; organization?: OrganizationRow; stateCode?: string; status?: UserStatus; locale?: Locale; email?: string } = {},
): Promise<MadeUser> {
  const role = input.role ?? 'officer';
  const kind: OrganizationKind = role.startsWith('secretariat') ? 'secretariat' : 'authority';
  const organization = input.organization ?? (await makeOrganization(db, { kind, stateCode: input.stateCode }));
  if (!roleFitsOrganization(role, organization.kind)) throw new Error(`role ${role} does not fit ${organization.kind}`);
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = newId();
  const email = input.email ?? `user${++counter}.${id.slice(-6)}@example.org`;
  const locale = input.locale ?? 'en';
  await db
    .insertInto('userAccount')
    .values({
      id,
      organizationId: organization.id,
      email,
      displayName: `Test User ${counter}`,
      passwordHash: await passwordHash,
      role,
      status: input.status ?? 'active',
      preferredLocale: locale,
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
      lastLoginAt: null,
    })
    .execute();
  const actor: Actor = { userId: id, organizationId: organization.id, organizationKind: organization.kind, stateCode: organization.stateCode, role, locale };
  return { id, email, password: TEST_PASSWORD, organization, actor };
}

/** Signs in through the API; returns headers that carry the session cookie and CSRF token. */
export async function signIn(app: App, user: { email: string; password: string }): Promise<Record<string, string>> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: user.email, password: user.password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'comity_session');
  return { cookie: `comity_session=${cookie!.value}`, 'x-csrf-token': response.json().csrfToken };
}
