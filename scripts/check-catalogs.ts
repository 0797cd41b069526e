// Fails when any of the six catalogs (web and server) lacks a key the English one has, has a key
// English lacks, drops an ICU argument, or when the code uses a message id no catalog defines.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { ERROR_CODES, FIELD_REASONS } from '../common/errors';
import { LOCALE_CODES } from '../common/locales';
import { ORGANIZATION_KINDS, ROLES, USER_STATUSES } from '../common/roles';
import { FINDER_ADVICE } from '../common/contracts/directory';
import { CHANNELS, DESIGNATION_FUNCTIONS, DUAL_CRIMINALITY_POLICIES, MEASURES, VISIBLE_FIELDS } from '../common/directory';
import { REGIONAL_GROUPS, STATE_KINDS, UNCAC_INSTRUMENTS, UNCAC_STATUSES } from '../common/states';

const CATALOGS = ['web/i18n/messages', 'server/platform/messages'];
const problems: string[] = [];

/** Ids built at run time from a list (`role.${role}`): each list item must have its message. */
const DYNAMIC: Record<string, readonly string[]> = {
  'error.': ERROR_CODES,
  'field.': FIELD_REASONS,
  'role.': ROLES,
  'userStatus.': USER_STATUSES,
  'organizationKind.': ORGANIZATION_KINDS,
  'regionalGroup.': [...REGIONAL_GROUPS, 'none'],
  'uncacStatus.': UNCAC_STATUSES,
  'instrument.': UNCAC_INSTRUMENTS,
  'stateKind.': STATE_KINDS,
  'mailStatus.': ['queued', 'sent', 'outbox', 'failed'],
  'measure.': MEASURES,
  'designationFunction.': DESIGNATION_FUNCTIONS,
  'channel.': CHANNELS,
  'dualCriminality.': DUAL_CRIMINALITY_POLICIES,
  'visibleField.': VISIBLE_FIELDS,
  'finder.advice.': FINDER_ADVICE,
  'requirement.': ['certification', 'apostille', 'signature', 'copies', 'translationOfAttachments', 'dualCriminalityCoercive', 'dualCriminalityNonCoercive', 'extraditionTreatyRequired', 'uncacAsExtraditionBasis', 'extraditionMinimumPenaltyMonths', 'provisionalArrestDays'],
  'history.': ['authority.created', 'authority.updated', 'authority.imported', 'designation.created', 'designation.ended', 'designation.imported'],
  'historyField.': ['stateCode', 'territory', 'originalName', 'originalLanguage', 'address', 'phones', 'emails', 'website', 'officeHours', 'timeZone', 'urgentContact', 'languagesAccepted', 'channels', 'requirements', 'visibility', 'lastVerifiedOn', 'texts', 'endDate'],
};

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      into.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, into);
  }
  return into;
}

function load(dir: string, locale: string): Record<string, string> {
  const path = join(dir, `${locale}.json`);
  if (!existsSync(path)) {
    problems.push(`${path}: the catalog is missing`);
    return {};
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

for (const dir of CATALOGS) {
  const english = load(dir, 'en');
  for (const locale of LOCALE_CODES) {
    const catalog = load(dir, locale);
    for (const key of Object.keys(english)) {
      if (!(key in catalog)) {
        problems.push(`${dir}/${locale}.json: missing "${key}"`);
        continue;
      }
      try {
        const want = argumentsOf(parse(english[key]!));
        const have = argumentsOf(parse(catalog[key]!));
        for (const arg of want) if (!have.has(arg)) problems.push(`${dir}/${locale}.json: "${key}" lacks {${arg}}`);
      } catch (error) {
        problems.push(`${dir}/${locale}.json: "${key}" is not valid ICU: ${(error as Error).message}`);
      }
      if (locale !== 'en' && catalog[key] === english[key] && /[a-z]{4,}/i.test(english[key]!) && key !== 'app.name') {
        problems.push(`${dir}/${locale}.json: "${key}" is the English text, not a translation`);
      }
    }
    for (const key of Object.keys(catalog)) if (!(key in english)) problems.push(`${dir}/${locale}.json: "${key}" is not in en.json`);
  }
}

const web = load('web/i18n/messages', 'en');
for (const [prefix, values] of Object.entries(DYNAMIC)) {
  for (const value of values) if (!(`${prefix}${value}` in web)) problems.push(`web/i18n/messages/en.json: missing "${prefix}${value}"`);
}
for (const file of filesUnder('web')) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:<FormattedMessage\s+id=|formatMessage\(\{\s*id:\s*)["'`]([a-zA-Z0-9_.]+)["'`]|\bt\(\s*["'`]([a-zA-Z0-9_.]+)["'`]/g)) {
    const id = match[1] ?? match[2]!;
    if (!(id in web)) problems.push(`${file}: uses "${id}", which en.json lacks`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\nCatalog check failed: ${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`Catalogs complete: ${LOCALE_CODES.length} locales × (${CATALOGS.length} catalogs) checked.`);
