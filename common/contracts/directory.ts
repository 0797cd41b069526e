import { Type, type Static } from 'typebox';
import {
  CHANNELS,
  DESIGNATION_FUNCTIONS,
  DUAL_CRIMINALITY_POLICIES,
  MEASURES,
  VISIBLE_FIELDS,
} from '../directory';
import { DIRECTORY_LIMITS as L, LIMITS } from '../limits';
import { REGIONAL_GROUPS } from '../states';
import { IdSchema, LocaleSchema, Nullable, PageOf, PageQuery } from './common';

const Text = (max: number = L.textMax) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
/** A calendar date, YYYY-MM-DD. */
export const DateSchema = Type.String({ format: 'date' });
/** An ISO 639 language code (the language of a request, of a name). */
export const LanguageCode = Type.String({ pattern: '^[a-z]{2,3}$' });
/** An international phone number: "+", country code, digits, spaces and . ( ) -. */
export const Phone = Type.String({ pattern: '^\\+[1-9][0-9 ().\\-]{5,24}$' });
export const StateCode = Type.String({ pattern: '^[A-Za-z]{2}$' });

/** Text in some of the six languages (each optional). */
const PerLocale = (max: number) =>
  Type.Object(
    { ar: Type.Optional(Text(max)), zh: Type.Optional(Text(max)), en: Type.Optional(Text(max)), fr: Type.Optional(Text(max)), ru: Type.Optional(Text(max)), es: Type.Optional(Text(max)) },
    { additionalProperties: false },
  );

/** A State's requirements for requests, as data the request writer checks. null = not declared. */
export const Requirements = Type.Object(
  {
    /** Documents must be certified or authenticated. */
    certification: Nullable(Type.Boolean()),
    /** An apostille is required. */
    apostille: Nullable(Type.Boolean()),
    /** The request must be signed by the requesting authority. */
    signature: Nullable(Type.Boolean()),
    /** Number of copies to send. */
    copies: Nullable(Type.Integer({ minimum: 1, maximum: 10 })),
    /** Attachments must be translated too. */
    translationOfAttachments: Nullable(Type.Boolean()),
    /** Minimum penalty (months of deprivation of liberty) for extradition (44(8)). */
    extraditionMinimumPenaltyMonths: Nullable(Type.Integer({ minimum: 0, maximum: 600 })),
    /** Dual criminality for coercive measures (46(9)(b)–(c)). */
    dualCriminalityCoercive: Nullable(Type.Enum([...DUAL_CRIMINALITY_POLICIES])),
    /** Dual criminality for non-coercive measures (46(9)(b)). */
    dualCriminalityNonCoercive: Nullable(Type.Enum([...DUAL_CRIMINALITY_POLICIES])),
    /** Extradition needs a treaty (44(5)). */
    extraditionTreatyRequired: Nullable(Type.Boolean()),
    /** UNCAC accepted as the legal basis for extradition (44(6)(a)). */
    uncacAsExtraditionBasis: Nullable(Type.Boolean()),
    /** Default deadline (days) to receive the extradition request after a provisional arrest. */
    provisionalArrestDays: Nullable(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type Requirements = Static<typeof Requirements>;

const VisibilityMap = Type.Object(
  Object.fromEntries(VISIBLE_FIELDS.map((f) => [f, Type.Optional(Type.Enum(['public', 'practitioners']))])),
  { additionalProperties: false },
);

/** What an editor sends to create or replace an authority entry. */
export const AuthorityInput = Type.Object(
  {
    stateCode: StateCode,
    territory: Nullable(Text()),
    /** Name in the authority's own language. */
    originalName: Text(),
    originalLanguage: LanguageCode,
    /** Name in the six UN languages, where known. */
    names: PerLocale(L.textMax),
    address: Nullable(Text(L.longTextMax)),
    phones: Type.Array(Phone, { maxItems: L.listMax }),
    emails: Type.Array(Type.String({ format: 'email', maxLength: LIMITS.emailMax }), { maxItems: L.listMax }),
    website: Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: L.textMax })),
    /** Office hours in the authority's local time, e.g. "Mon–Fri 09:00–17:00". */
    officeHours: Nullable(Text()),
    /** IANA time zone of the office, e.g. "Europe/Paris". */
    timeZone: Type.String({ minLength: 1, maxLength: 64 }),
    /** 24/7 contact for urgent matters. */
    urgentContact: Nullable(Text()),
    /** Languages in which requests are accepted (46(14)). */
    languagesAccepted: Type.Array(LanguageCode, { maxItems: L.listMax, uniqueItems: true }),
    /** Channels accepted (46(13)). */
    channels: Type.Array(Type.Enum([...CHANNELS]), { uniqueItems: true }),
    /** How urgent requests are handled, per language. */
    urgentProcedure: PerLocale(L.longTextMax),
    requirements: Requirements,
    /** Notes per language. */
    notes: PerLocale(L.longTextMax),
    /** Who may see each field; unspecified fields take the default. */
    visibility: VisibilityMap,
    lastVerifiedOn: DateSchema,
  },
  { additionalProperties: false },
);
export type AuthorityInput = Static<typeof AuthorityInput>;

export const AuthorityUpdate = Type.Object(
  { ...AuthorityInput.properties, version: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false, required: [...AuthorityInput.required, 'version'] },
);
export type AuthorityUpdate = Static<typeof AuthorityUpdate>;

const Functions = Type.Array(Type.Enum([...DESIGNATION_FUNCTIONS]));

/** An authority entry as the reader may see it: hidden fields are absent. */
export const AuthorityView = Type.Object({
  id: IdSchema,
  stateCode: Type.String(),
  stateName: Type.String(),
  territory: Nullable(Type.String()),
  /** Name in the reader's language, else the original. */
  name: Type.String(),
  originalName: Type.String(),
  originalLanguage: Type.String(),
  names: Type.Record(Type.String(), Type.String()),
  address: Type.Optional(Nullable(Type.String())),
  phones: Type.Optional(Type.Array(Type.String())),
  emails: Type.Optional(Type.Array(Type.String())),
  website: Type.Optional(Nullable(Type.String())),
  officeHours: Type.Optional(Nullable(Type.String())),
  timeZone: Type.String(),
  urgentContact: Type.Optional(Nullable(Type.String())),
  languagesAccepted: Type.Optional(Type.Array(Type.String())),
  channels: Type.Optional(Type.Array(Type.Enum([...CHANNELS]))),
  urgentProcedure: Type.Optional(Type.Record(Type.String(), Type.String())),
  requirements: Type.Optional(Requirements),
  notes: Type.Optional(Type.Record(Type.String(), Type.String())),
  /** Who may see each field (editors only). */
  visibility: Type.Optional(Type.Record(Type.String(), Type.Enum(['public', 'practitioners']))),
  lastVerifiedOn: Type.String(),
  /** Not verified for 12 months. */
  isStale: Type.Boolean(),
  /** Current designations held by this authority. */
  functions: Functions,
  version: Type.Integer(),
  updatedAt: Type.String(),
  abilities: Type.Object({ update: Type.Boolean() }),
});
export type AuthorityView = Static<typeof AuthorityView>;

/** One line of a search result. */
export const AuthoritySummary = Type.Object({
  id: IdSchema,
  stateCode: Type.String(),
  stateName: Type.String(),
  territory: Nullable(Type.String()),
  name: Type.String(),
  originalName: Type.String(),
  functions: Functions,
  languagesAccepted: Type.Optional(Type.Array(Type.String())),
  lastVerifiedOn: Type.String(),
  isStale: Type.Boolean(),
});
export type AuthoritySummary = Static<typeof AuthoritySummary>;

export const AuthoritySearchQuery = Type.Object(
  {
    /** Part of a name in any language (original or the six), accents and case ignored. */
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchQueryMax })),
    state: Type.Optional(StateCode),
    function: Type.Optional(Type.Enum([...DESIGNATION_FUNCTIONS])),
    /** Accepts requests in this language. */
    language: Type.Optional(LanguageCode),
    regionalGroup: Type.Optional(Type.Enum([...REGIONAL_GROUPS])),
    locale: Type.Optional(LocaleSchema),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type AuthoritySearchQuery = Static<typeof AuthoritySearchQuery>;
export const AuthoritySearchResult = PageOf(AuthoritySummary);

/** A designation: an authority (or, for experts, a person) holding a function for a State. */
export const DesignationInput = Type.Object(
  {
    stateCode: StateCode,
    function: Type.Enum([...DESIGNATION_FUNCTIONS]),
    territory: Nullable(Text()),
    authorityId: Nullable(IdSchema),
    person: Nullable(
      Type.Object(
        { name: Text(), title: Nullable(Text()), email: Nullable(Type.String({ format: 'email', maxLength: LIMITS.emailMax })) },
        { additionalProperties: false },
      ),
    ),
    startDate: DateSchema,
    endDate: Nullable(DateSchema),
    /** Reference of the notification to the Secretary-General (e.g. C.N.123.2024.TREATIES-XVIII.14). */
    notificationReference: Nullable(Text()),
    notificationDate: Nullable(DateSchema),
  },
  { additionalProperties: false },
);
export type DesignationInput = Static<typeof DesignationInput>;

export const DesignationEnd = Type.Object({ endDate: DateSchema }, { additionalProperties: false });

export const DesignationView = Type.Object({
  id: IdSchema,
  stateCode: Type.String(),
  function: Type.Enum([...DESIGNATION_FUNCTIONS]),
  territory: Nullable(Type.String()),
  authorityId: Nullable(Type.String()),
  authorityName: Nullable(Type.String()),
  person: Nullable(Type.Object({ name: Type.String(), title: Nullable(Type.String()), email: Type.Optional(Nullable(Type.String())) })),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
  notificationReference: Nullable(Type.String()),
  notificationDate: Nullable(Type.String()),
  recordedByName: Nullable(Type.String()),
  recordedAt: Type.String(),
  isCurrent: Type.Boolean(),
});
export type DesignationView = Static<typeof DesignationView>;

/** A State's directory profile. */
export const StateDirectoryView = Type.Object({
  stateCode: Type.String(),
  current: Type.Array(DesignationView),
  past: Type.Array(DesignationView),
  authorities: Type.Array(AuthoritySummary),
  /** Languages accepted by the current MLA central authorities (where visible). */
  languagesAccepted: Type.Array(Type.String()),
  /** Requirements declared by the MLA central authority (where visible). */
  mlaRequirements: Nullable(Requirements),
  /** Requirements declared by the extradition authority (where visible): treaty, 44(6), minimum penalty. */
  extraditionRequirements: Nullable(Requirements),
  /** Oldest verification date among current designated authorities. */
  lastVerifiedOn: Nullable(Type.String()),
  isStale: Type.Boolean(),
  abilities: Type.Object({ edit: Type.Boolean() }),
});
export type StateDirectoryView = Static<typeof StateDirectoryView>;

export const HistoryEntry = Type.Object({
  at: Type.String(),
  action: Type.String(),
  actorName: Nullable(Type.String()),
  entityType: Type.String(),
  entityId: Type.String(),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export const HistoryList = Type.Object({ items: Type.Array(HistoryEntry) });
export type HistoryEntry = Static<typeof HistoryEntry>;

export const FinderQuery = Type.Object(
  {
    state: StateCode,
    measure: Type.Enum([...MEASURES]),
    urgent: Type.Optional(Type.Boolean()),
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export type FinderQuery = Static<typeof FinderQuery>;

/** Advice the finder attaches to its answer; the web app translates each (`finder.advice.<code>`). */
export const FINDER_ADVICE = [
  'no_designation',
  'diplomatic_channel_required',
  'interpol_in_urgent_cases',
  'dual_criminality_required',
  'dual_criminality_case_by_case',
  'treaty_required',
  'uncac_accepted_as_basis',
  'uncac_not_accepted_as_basis',
  'stale_entry',
  'use_urgent_contact',
] as const;

export const FinderAnswer = Type.Object({
  stateCode: Type.String(),
  stateName: Type.String(),
  measure: Type.Enum([...MEASURES]),
  urgent: Type.Boolean(),
  /** The function that handles this measure (central authority for MLA, extradition authority…). */
  function: Type.Enum([...DESIGNATION_FUNCTIONS]),
  /** One per territory with its own system. */
  answers: Type.Array(
    Type.Object({
      authority: AuthorityView,
      territory: Nullable(Type.String()),
      /** Channels to use for this case, best first. */
      channels: Type.Array(Type.Enum([...CHANNELS])),
      languages: Type.Array(Type.String()),
    }),
  ),
  /** Other designated authorities worth knowing for this measure (e.g. the asset-recovery focal point). */
  related: Type.Array(Type.Object({ function: Type.Enum([...DESIGNATION_FUNCTIONS]), authority: AuthoritySummary })),
  advice: Type.Array(Type.Enum([...FINDER_ADVICE])),
});
export type FinderAnswer = Static<typeof FinderAnswer>;

export const ImportBody = Type.Object(
  {
    format: Type.Enum(['csv', 'json']),
    /** The file's text: CSV with a header row, or a JSON array of rows. */
    content: Type.String({ minLength: 1, maxLength: L.importBytesMax }),
  },
  { additionalProperties: false },
);
export type ImportBody = Static<typeof ImportBody>;

export const ImportReport = Type.Object({
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  designations: Type.Integer(),
});
export type ImportReport = Static<typeof ImportReport>;
