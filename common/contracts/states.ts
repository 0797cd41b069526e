import { Type, type Static } from 'typebox';
import { LIMITS } from '../limits';
import { REGIONAL_GROUPS, STATE_KINDS, UNCAC_INSTRUMENTS, UNCAC_STATUSES } from '../states';
import { LocaleSchema, LocalizedNames } from './common';

/** A State (or the European Union) with its UNCAC status and regional group. */
export const StateView = Type.Object({
  /** ISO 3166-1 alpha-2 code ("EU" for the European Union). */
  code: Type.String(),
  /** ISO 3166-1 alpha-3 code; null for the European Union. */
  iso3: Type.Union([Type.String(), Type.Null()]),
  /** member, observer (Holy See, State of Palestine), non_member (Cook Islands, Niue), organization (EU). */
  kind: Type.Enum([...STATE_KINDS]),
  /** Name in the requested locale. */
  name: Type.String(),
  /** Names in all six UN languages. */
  names: LocalizedNames,
  /** UN regional group for electoral purposes; null outside the groups. */
  regionalGroup: Type.Union([Type.Enum([...REGIONAL_GROUPS]), Type.Null()]),
  uncac: Type.Object({
    status: Type.Enum([...UNCAC_STATUSES]),
    /** Date of signature (YYYY-MM-DD) or null. */
    signatureDate: Type.Union([Type.String(), Type.Null()]),
    /** Date the instrument was deposited; may be partial (YYYY or YYYY-MM) where sources give no more. */
    ratificationDate: Type.Union([Type.String(), Type.Null()]),
    /** Kind of instrument deposited (art. 67). */
    instrument: Type.Union([Type.Enum([...UNCAC_INSTRUMENTS]), Type.Null()]),
  }),
});
export type StateView = Static<typeof StateView>;

export const StateListQuery = Type.Object(
  {
    /** Part of a name in any of the six languages (accents and case ignored). */
    q: Type.Optional(Type.String({ maxLength: LIMITS.searchQueryMax })),
    regionalGroup: Type.Optional(Type.Enum([...REGIONAL_GROUPS])),
    uncacStatus: Type.Optional(Type.Enum([...UNCAC_STATUSES])),
    /** Language of `name` and of the sort order; defaults to the request's language. */
    locale: Type.Optional(LocaleSchema),
  },
  { additionalProperties: false },
);
export type StateListQuery = Static<typeof StateListQuery>;

/** Every State that matches; the list is small enough to send whole. */
export const StateList = Type.Object({ items: Type.Array(StateView), total: Type.Integer() });

export const StateParams = Type.Object(
  { code: Type.String({ pattern: '^[A-Za-z]{2}$' }) },
  { additionalProperties: false },
);
