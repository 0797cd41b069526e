import { Type, type Static } from 'typebox';
import { LIMITS } from '../limits';
import { ORGANIZATION_KINDS, ROLES, USER_STATUSES } from '../roles';
import { IdSchema, LocaleSchema, Nullable, PageOf, PageQuery } from './common';

const Email = Type.String({ format: 'email', minLength: 3, maxLength: LIMITS.emailMax });
const Password = Type.String({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax });
const DisplayName = Type.String({ minLength: 1, maxLength: LIMITS.nameMax, pattern: '\\S' });
const Token = Type.String({ minLength: 10, maxLength: 200 });

/** An organization: the secretariat, or an authority of one State. */
export const OrganizationView = Type.Object({
  id: IdSchema,
  kind: Type.Enum([...ORGANIZATION_KINDS]),
  /** The State of an authority; null for the secretariat. */
  stateCode: Nullable(Type.String()),
  name: Type.String(),
  /** Number of user accounts in the organization. */
  userCount: Type.Integer(),
  /** What the current user may do with it. */
  abilities: Type.Object({ update: Type.Boolean(), invite: Type.Boolean() }),
});
export type OrganizationView = Static<typeof OrganizationView>;

/** The signed-in user, with their organization. */
export const MeView = Type.Object({
  id: IdSchema,
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum([...ROLES]),
  preferredLocale: LocaleSchema,
  organization: Type.Object({
    id: IdSchema,
    kind: Type.Enum([...ORGANIZATION_KINDS]),
    stateCode: Nullable(Type.String()),
    name: Type.String(),
  }),
});
export type MeView = Static<typeof MeView>;

/** Who is signed in (if anyone), the CSRF token for unsafe requests, and whether first-run setup is pending. */
export const SessionView = Type.Object({
  user: Nullable(MeView),
  csrfToken: Nullable(Type.String()),
  setupRequired: Type.Boolean(),
});
export type SessionView = Static<typeof SessionView>;

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 1, maxLength: LIMITS.emailMax }), password: Type.String({ minLength: 1, maxLength: LIMITS.passwordMax }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const SetupBody = Type.Object(
  { token: Token, email: Email, displayName: DisplayName, password: Password, preferredLocale: LocaleSchema },
  { additionalProperties: false },
);
export type SetupBody = Static<typeof SetupBody>;

export const TokenBody = Type.Object({ token: Token }, { additionalProperties: false });

/** What an invitee sees before accepting. */
export const InvitationView = Type.Object({
  email: Type.String(),
  displayName: Type.String(),
  organizationName: Type.String(),
  role: Type.Enum([...ROLES]),
});
export type InvitationView = Static<typeof InvitationView>;

export const AcceptInvitationBody = Type.Object(
  { token: Token, password: Password, displayName: Type.Optional(DisplayName) },
  { additionalProperties: false },
);
export type AcceptInvitationBody = Static<typeof AcceptInvitationBody>;

export const PasswordResetRequestBody = Type.Object({ email: Email }, { additionalProperties: false });
export const PasswordResetCompleteBody = Type.Object({ token: Token, password: Password }, { additionalProperties: false });

/** A user account as an administrator sees it. */
export const UserView = Type.Object({
  id: IdSchema,
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum([...ROLES]),
  status: Type.Enum([...USER_STATUSES]),
  preferredLocale: LocaleSchema,
  organizationId: IdSchema,
  organizationName: Type.String(),
  stateCode: Nullable(Type.String()),
  createdAt: Type.String(),
  lastLoginAt: Nullable(Type.String()),
  abilities: Type.Object({ update: Type.Boolean() }),
});
export type UserView = Static<typeof UserView>;

export const UserListQuery = Type.Object(
  {
    organizationId: Type.Optional(IdSchema),
    /** Part of a name or e-mail address. */
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchQueryMax })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type UserListQuery = Static<typeof UserListQuery>;
export const UserList = PageOf(UserView);

export const UserUpdateBody = Type.Object(
  {
    displayName: Type.Optional(DisplayName),
    role: Type.Optional(Type.Enum([...ROLES])),
    status: Type.Optional(Type.Enum(['active', 'disabled'])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UserUpdateBody = Static<typeof UserUpdateBody>;

export const InviteBody = Type.Object(
  { email: Email, displayName: DisplayName, role: Type.Enum([...ROLES]), preferredLocale: LocaleSchema },
  { additionalProperties: false },
);
export type InviteBody = Static<typeof InviteBody>;

export const OrganizationCreateBody = Type.Object(
  {
    stateCode: Type.String({ pattern: '^[A-Za-z]{2}$' }),
    name: Type.String({ minLength: 1, maxLength: LIMITS.organizationNameMax, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type OrganizationCreateBody = Static<typeof OrganizationCreateBody>;

export const OrganizationUpdateBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: LIMITS.organizationNameMax, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type OrganizationUpdateBody = Static<typeof OrganizationUpdateBody>;

export const OrganizationList = Type.Object({ items: Type.Array(OrganizationView), total: Type.Integer() });

export const ProfileUpdateBody = Type.Object(
  { displayName: Type.Optional(DisplayName), preferredLocale: Type.Optional(LocaleSchema) },
  { additionalProperties: false, minProperties: 1 },
);
export type ProfileUpdateBody = Static<typeof ProfileUpdateBody>;

export const PasswordChangeBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: LIMITS.passwordMax }), newPassword: Password },
  { additionalProperties: false },
);
export type PasswordChangeBody = Static<typeof PasswordChangeBody>;
