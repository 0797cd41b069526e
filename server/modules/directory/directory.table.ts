import type { Selectable } from 'kysely';
import type { DesignationFunction } from '../../../common/directory';
import type { Locale } from '../../../common/locales';

/** One authority entry. List and object columns hold JSON text (same on both dialects). */
export interface AuthorityTable {
  id: string;
  stateCode: string;
  /** Territory with its own system (46(13)); null for the whole State. */
  territory: string | null;
  originalName: string;
  originalLanguage: string;
  address: string | null;
  phones: string;
  emails: string;
  website: string | null;
  officeHours: string | null;
  timeZone: string;
  urgentContact: string | null;
  languagesAccepted: string;
  channels: string;
  requirements: string;
  visibility: string;
  lastVerifiedOn: string;
  staleReminderSentAt: string | null;
  /** Normalised original and translated names, for search in any language. */
  searchText: string;
  /** Incremented on each change; an edit based on an older version is refused. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AuthorityTranslationTable {
  authorityId: string;
  locale: Locale;
  name: string | null;
  notes: string | null;
  urgentProcedure: string | null;
  status: 'original' | 'draft' | 'final';
}

export interface DesignationTable {
  id: string;
  stateCode: string;
  function: DesignationFunction;
  territory: string | null;
  authorityId: string | null;
  personName: string | null;
  personTitle: string | null;
  personEmail: string | null;
  startDate: string;
  endDate: string | null;
  notificationReference: string | null;
  notificationDate: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface JobLeaseTable {
  name: string;
  holder: string;
  expiresAt: string;
}

export type AuthorityRow = Selectable<AuthorityTable>;
export type DesignationRow = Selectable<DesignationTable>;
