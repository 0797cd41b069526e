import type { AuthorityInput, Requirements } from '../../../common/contracts/directory';
import { DESIGNATION_FUNCTIONS, type DesignationFunction } from '../../../common/directory';
import type { FieldProblem } from '../../../common/errors';
import { LOCALE_CODES, type Locale } from '../../../common/locales';
import type { AuthorityRecord } from './authority.repository';

/** The flat row of the import and export formats (CSV columns, JSON keys), in order. */
export const ROW_COLUMNS = [
  'state',
  'territory',
  'function',
  'designationStart',
  'notificationReference',
  'notificationDate',
  'originalName',
  'originalLanguage',
  ...LOCALE_CODES.map((l) => `name_${l}`),
  'address',
  'phones',
  'emails',
  'website',
  'officeHours',
  'timeZone',
  'urgentContact',
  'languagesAccepted',
  'channels',
  'certification',
  'apostille',
  'signature',
  'copies',
  'translationOfAttachments',
  'extraditionMinimumPenaltyMonths',
  'dualCriminalityCoercive',
  'dualCriminalityNonCoercive',
  'extraditionTreatyRequired',
  'uncacAsExtraditionBasis',
  'provisionalArrestDays',
  'lastVerifiedOn',
  ...LOCALE_CODES.map((l) => `notes_${l}`),
] as const;

export type FlatRow = Record<string, string>;

const BOOLEAN_REQUIREMENTS = ['certification', 'apostille', 'signature', 'translationOfAttachments', 'extraditionTreatyRequired', 'uncacAsExtraditionBasis'] as const;
const INTEGER_REQUIREMENTS = ['copies', 'extraditionMinimumPenaltyMonths', 'provisionalArrestDays'] as const;
const POLICY_REQUIREMENTS = ['dualCriminalityCoercive', 'dualCriminalityNonCoercive'] as const;

const list = (value: string) => value.split(/[;\n]/).map((v) => v.trim()).filter(Boolean);
const textOrNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** What one row asks for: an entry, and optionally a designation of it. */
export interface ParsedRow {
  input: AuthorityInput;
  designation: { function: DesignationFunction; startDate: string; notificationReference: string | null; notificationDate: string | null } | null;
}

/** Turns a flat row into an entry; problems for what cannot even be read (yes/no, numbers, unknown columns). */
export function parseRow(row: FlatRow): { parsed: ParsedRow; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(row)) if (!(ROW_COLUMNS as readonly string[]).includes(key)) problems.push({ field: key, reason: 'unknown' });
  const get = (key: string) => row[key] ?? '';
  const requirements = {} as Record<string, unknown>;
  for (const key of BOOLEAN_REQUIREMENTS) {
    const value = get(key).trim().toLowerCase();
    if (!value) requirements[key] = null;
    else if (['yes', 'true', '1'].includes(value)) requirements[key] = true;
    else if (['no', 'false', '0'].includes(value)) requirements[key] = false;
    else problems.push({ field: key, reason: 'invalid_type', limit: 'yes/no' });
  }
  for (const key of INTEGER_REQUIREMENTS) {
    const value = get(key).trim();
    if (!value) requirements[key] = null;
    else if (/^\d+$/.test(value)) requirements[key] = Number(value);
    else problems.push({ field: key, reason: 'invalid_type', limit: 'integer' });
  }
  for (const key of POLICY_REQUIREMENTS) requirements[key] = textOrNull(get(key));
  const perLocale = (prefix: string) =>
    Object.fromEntries(LOCALE_CODES.flatMap((l) => (textOrNull(get(`${prefix}_${l}`)) ? [[l, get(`${prefix}_${l}`).trim()]] : []))) as Partial<Record<Locale, string>>;
  const input: AuthorityInput = {
    stateCode: get('state').trim().toUpperCase(),
    territory: textOrNull(get('territory')),
    originalName: get('originalName').trim(),
    originalLanguage: get('originalLanguage').trim().toLowerCase(),
    names: perLocale('name'),
    address: textOrNull(get('address')),
    phones: list(get('phones')),
    emails: list(get('emails')),
    website: textOrNull(get('website')),
    officeHours: textOrNull(get('officeHours')),
    timeZone: get('timeZone').trim(),
    urgentContact: textOrNull(get('urgentContact')),
    languagesAccepted: list(get('languagesAccepted')).map((l) => l.toLowerCase()),
    channels: list(get('channels')) as AuthorityInput['channels'],
    urgentProcedure: {},
    requirements: requirements as Requirements,
    notes: perLocale('notes'),
    visibility: {},
    lastVerifiedOn: get('lastVerifiedOn').trim(),
  };
  const fn = get('function').trim();
  let designation: ParsedRow['designation'] = null;
  if (fn) {
    if (!(DESIGNATION_FUNCTIONS as readonly string[]).includes(fn)) problems.push({ field: 'function', reason: 'not_allowed', limit: DESIGNATION_FUNCTIONS.join(', ') });
    const startDate = get('designationStart').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) problems.push({ field: 'designationStart', reason: startDate ? 'invalid_date' : 'required' });
    const notificationDate = textOrNull(get('notificationDate'));
    if (notificationDate && !/^\d{4}-\d{2}-\d{2}$/.test(notificationDate)) problems.push({ field: 'notificationDate', reason: 'invalid_date' });
    designation = { function: fn as DesignationFunction, startDate, notificationReference: textOrNull(get('notificationReference')), notificationDate };
  }
  return { parsed: { input, designation }, problems };
}

/** An entry as a flat row; fields the reader may not see are left empty. */
export function toRow(record: AuthorityRecord, designation: { function: string; startDate: string; notificationReference: string | null; notificationDate: string | null } | null, visible: (field: string) => boolean): FlatRow {
  const r = record.requirements;
  const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'yes' : 'no');
  const show = (field: string, value: string) => (visible(field) ? value : '');
  const row: FlatRow = {
    state: record.stateCode,
    territory: record.territory ?? '',
    function: designation?.function ?? '',
    designationStart: designation?.startDate ?? '',
    notificationReference: designation?.notificationReference ?? '',
    notificationDate: designation?.notificationDate ?? '',
    originalName: record.originalName,
    originalLanguage: record.originalLanguage,
    address: show('address', record.address ?? ''),
    phones: show('phones', record.phones.join('; ')),
    emails: show('emails', record.emails.join('; ')),
    website: show('website', record.website ?? ''),
    officeHours: show('officeHours', record.officeHours ?? ''),
    timeZone: record.timeZone,
    urgentContact: show('urgentContact', record.urgentContact ?? ''),
    languagesAccepted: show('languagesAccepted', record.languagesAccepted.join('; ')),
    channels: show('channels', record.channels.join('; ')),
    lastVerifiedOn: record.lastVerifiedOn,
  };
  for (const key of BOOLEAN_REQUIREMENTS) row[key] = show('requirements', yesNo(r[key]));
  for (const key of INTEGER_REQUIREMENTS) row[key] = show('requirements', r[key] === null ? '' : String(r[key]));
  for (const key of POLICY_REQUIREMENTS) row[key] = show('requirements', r[key] ?? '');
  for (const l of LOCALE_CODES) {
    row[`name_${l}`] = record.texts[l]?.name ?? '';
    row[`notes_${l}`] = show('notes', record.texts[l]?.notes ?? '');
  }
  return Object.fromEntries(ROW_COLUMNS.map((c) => [c, row[c] ?? '']));
}
