import type { AuthorityInput } from '../../../common/contracts/directory';
import type { FieldProblem } from '../../../common/errors';
import { LOCALE_CODES, type Locale } from '../../../common/locales';
import type { AuthorityFields, AuthorityText } from './authority.repository';

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True when `code` is an ISO 639 language code ICU can name. */
export function isLanguage(code: string): boolean {
  return languageNames.of(code) !== undefined;
}

/** Checks schema validation cannot: a known time zone and known languages. */
export function checkAuthorityInput(input: AuthorityInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isTimeZone(input.timeZone)) problems.push({ field: 'timeZone', reason: 'invalid_time_zone' });
  if (!isLanguage(input.originalLanguage)) problems.push({ field: 'originalLanguage', reason: 'invalid_language' });
  input.languagesAccepted.forEach((code, i) => {
    if (!isLanguage(code)) problems.push({ field: `languagesAccepted.${i}`, reason: 'invalid_language' });
  });
  return problems;
}

const clean = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/** The stored form of an editor's input: trimmed, lower-cased e-mails, texts per language. */
export function toAuthorityFields(input: AuthorityInput): AuthorityFields {
  const texts: Partial<Record<Locale, AuthorityText>> = {};
  for (const locale of LOCALE_CODES) {
    const text = { name: clean(input.names[locale]), notes: clean(input.notes[locale]), urgentProcedure: clean(input.urgentProcedure[locale]) };
    if (text.name || text.notes || text.urgentProcedure) texts[locale] = text;
  }
  return {
    stateCode: input.stateCode.toUpperCase(),
    territory: clean(input.territory),
    originalName: input.originalName.trim(),
    originalLanguage: input.originalLanguage,
    address: clean(input.address),
    phones: input.phones.map((p) => p.trim()),
    emails: input.emails.map((e) => e.trim().toLowerCase()),
    website: clean(input.website),
    officeHours: clean(input.officeHours),
    timeZone: input.timeZone,
    urgentContact: clean(input.urgentContact),
    languagesAccepted: input.languagesAccepted,
    channels: input.channels,
    requirements: input.requirements,
    visibility: input.visibility,
    lastVerifiedOn: input.lastVerifiedOn,
    texts,
  };
}
