import type { Insertable, Selectable } from 'kysely';
import type { Locale } from '../../../common/locales';
import type { RegionalGroup, StateKind, UncacInstrument, UncacStatus } from '../../../common/states';

export interface StateTable {
  code: string;
  iso3: string | null;
  kind: StateKind;
  regionalGroup: RegionalGroup | null;
  uncacStatus: UncacStatus;
  signatureDate: string | null;
  /** Date of deposit; may be partial ("2018", "2018-04") where the source gives no more. */
  ratificationDate: string | null;
  ratificationInstrument: UncacInstrument | null;
  updatedAt: string;
}

export interface StateTranslationTable {
  stateCode: string;
  locale: Locale;
  name: string;
  searchText: string;
  status: 'original' | 'draft' | 'final';
}

export interface ReferenceDataTable {
  name: string;
  checksum: string;
  loadedAt: string;
}

export type StateRow = Selectable<StateTable>;
export type NewStateRow = Insertable<StateTable>;
