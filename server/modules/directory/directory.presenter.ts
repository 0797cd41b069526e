import type { AuthoritySummary, AuthorityView, DesignationView } from '../../../common/contracts/directory';
import type { Actor } from '../../../common/actor';
import { isStale, VISIBLE_FIELDS, type DesignationFunction, type VisibleField } from '../../../common/directory';
import { LOCALE_CODES, type Locale } from '../../../common/locales';
import type { AuthorityRecord } from './authority.repository';
import type { DesignationRecord } from './designation.repository';
import { canEditState, canSeeField } from './directory.policy';

/** Who reads, in which language, on which day, and the State names to show. */
export interface Reader {
  actor: Actor | null;
  locale: Locale;
  today: string;
  stateName: (code: string) => string;
}

function perLocale(record: AuthorityRecord, key: 'name' | 'notes' | 'urgentProcedure'): Record<string, string> {
  const result: Record<string, string> = {};
  for (const locale of LOCALE_CODES) {
    const value = record.texts[locale]?.[key];
    if (value) result[locale] = value;
  }
  return result;
}

/** The name in the reader's language, else English, else the original. */
export function authorityName(record: AuthorityRecord, locale: Locale): string {
  return record.texts[locale]?.name ?? record.texts.en?.name ?? record.originalName;
}

/** The one place an entry becomes a response; fields the reader may not see are left out. */
export function presentAuthority(record: AuthorityRecord, reader: Reader, functions: DesignationFunction[]): AuthorityView {
  const editable = canEditState(reader.actor, record.stateCode);
  const view: AuthorityView = {
    id: record.id,
    stateCode: record.stateCode,
    stateName: reader.stateName(record.stateCode),
    territory: record.territory,
    name: authorityName(record, reader.locale),
    originalName: record.originalName,
    originalLanguage: record.originalLanguage,
    names: perLocale(record, 'name'),
    timeZone: record.timeZone,
    lastVerifiedOn: record.lastVerifiedOn,
    isStale: isStale(record.lastVerifiedOn, reader.today),
    functions,
    version: record.version,
    updatedAt: record.updatedAt,
    abilities: { update: editable },
  };
  const visible = (field: VisibleField) => canSeeField(reader.actor, record.visibility, field);
  const values: Record<VisibleField, unknown> = {
    address: record.address,
    phones: record.phones,
    emails: record.emails,
    website: record.website,
    officeHours: record.officeHours,
    urgentContact: record.urgentContact,
    languagesAccepted: record.languagesAccepted,
    channels: record.channels,
    urgentProcedure: perLocale(record, 'urgentProcedure'),
    requirements: record.requirements,
    notes: perLocale(record, 'notes'),
  };
  for (const field of VISIBLE_FIELDS) if (visible(field)) (view as Record<string, unknown>)[field] = values[field];
  if (editable) view.visibility = fullVisibility(record);
  return view;
}

function fullVisibility(record: AuthorityRecord): Record<string, 'public' | 'practitioners'> {
  return Object.fromEntries(VISIBLE_FIELDS.map((f) => [f, canSeeField(null, record.visibility, f) ? 'public' : 'practitioners']));
}

export function presentSummary(record: AuthorityRecord, reader: Reader, functions: DesignationFunction[]): AuthoritySummary {
  const summary: AuthoritySummary = {
    id: record.id,
    stateCode: record.stateCode,
    stateName: reader.stateName(record.stateCode),
    territory: record.territory,
    name: authorityName(record, reader.locale),
    originalName: record.originalName,
    functions,
    lastVerifiedOn: record.lastVerifiedOn,
    isStale: isStale(record.lastVerifiedOn, reader.today),
  };
  if (canSeeField(reader.actor, record.visibility, 'languagesAccepted')) summary.languagesAccepted = record.languagesAccepted;
  return summary;
}

/** A designation; a person's e-mail is for practitioners only. */
export function presentDesignation(d: DesignationRecord, reader: Reader, names: Map<string, AuthorityRecord>): DesignationView {
  const authority = d.authorityId ? names.get(d.authorityId) : undefined;
  return {
    id: d.id,
    stateCode: d.stateCode,
    function: d.function,
    territory: d.territory,
    authorityId: d.authorityId,
    authorityName: authority ? authorityName(authority, reader.locale) : d.authorityOriginalName,
    person: d.personName ? { name: d.personName, title: d.personTitle, ...(reader.actor ? { email: d.personEmail } : {}) } : null,
    startDate: d.startDate,
    endDate: d.endDate,
    notificationReference: d.notificationReference,
    notificationDate: d.notificationDate,
    recordedByName: reader.actor ? d.recordedByName : null,
    recordedAt: d.recordedAt,
    isCurrent: d.startDate <= reader.today && (d.endDate === null || d.endDate >= reader.today),
  };
}
