import { sql } from 'kysely';
import type { Requirements } from '../../../common/contracts/directory';
import type { Channel, DesignationFunction, Visibility, VisibleField } from '../../../common/directory';
import { LOCALE_CODES, type Locale } from '../../../common/locales';
import type { RegionalGroup } from '../../../common/states';
import type { Db } from '../../db/database';
import { chunked, type Page } from '../../lib/pagination';
import { escapeLike, normalizeForSearch } from '../../lib/text';
import type { AuthorityRow } from './directory.table';

/** Text of one language: name, notes, urgent procedure. */
export interface AuthorityText {
  name: string | null;
  notes: string | null;
  urgentProcedure: string | null;
}

/** An authority entry with its lists parsed and its texts per language. */
export interface AuthorityRecord {
  id: string;
  stateCode: string;
  territory: string | null;
  originalName: string;
  originalLanguage: string;
  address: string | null;
  phones: string[];
  emails: string[];
  website: string | null;
  officeHours: string | null;
  timeZone: string;
  urgentContact: string | null;
  languagesAccepted: string[];
  channels: Channel[];
  requirements: Requirements;
  visibility: Partial<Record<VisibleField, Visibility>>;
  lastVerifiedOn: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  texts: Partial<Record<Locale, AuthorityText>>;
}

/** The stored columns of a record (without id, version and timestamps). */
export type AuthorityFields = Omit<AuthorityRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

function toColumns(fields: AuthorityFields) {
  return {
    stateCode: fields.stateCode,
    territory: fields.territory,
    originalName: fields.originalName,
    originalLanguage: fields.originalLanguage,
    address: fields.address,
    phones: JSON.stringify(fields.phones),
    emails: JSON.stringify(fields.emails),
    website: fields.website,
    officeHours: fields.officeHours,
    timeZone: fields.timeZone,
    urgentContact: fields.urgentContact,
    languagesAccepted: JSON.stringify(fields.languagesAccepted),
    channels: JSON.stringify(fields.channels),
    requirements: JSON.stringify(fields.requirements),
    visibility: JSON.stringify(fields.visibility),
    lastVerifiedOn: fields.lastVerifiedOn,
    searchText: searchTextOf(fields),
  };
}

/** Every name of the entry, normalised, so one LIKE finds it from any language. */
function searchTextOf(fields: AuthorityFields): string {
  const names = [fields.originalName, ...Object.values(fields.texts).map((t) => t?.name)].filter(Boolean) as string[];
  return names.map(normalizeForSearch).join(' | ');
}

export async function insertAuthority(trx: Db, id: string, fields: AuthorityFields, now: string): Promise<void> {
  await trx
    .insertInto('authority')
    .values({ id, ...toColumns(fields), staleReminderSentAt: null, version: 1, createdAt: now, updatedAt: now })
    .execute();
  await writeTexts(trx, id, fields.texts);
}

/** Replaces an entry if it is still at `version`; returns false when someone changed it meanwhile. */
export async function replaceAuthority(trx: Db, id: string, version: number, fields: AuthorityFields, now: string): Promise<boolean> {
  const result = await trx
    .updateTable('authority')
    .set({ ...toColumns(fields), version: version + 1, updatedAt: now, staleReminderSentAt: null })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await trx.deleteFrom('authorityTranslation').where('authorityId', '=', id).execute();
  await writeTexts(trx, id, fields.texts);
  return true;
}

async function writeTexts(trx: Db, id: string, texts: AuthorityRecord['texts']): Promise<void> {
  const rows = LOCALE_CODES.flatMap((locale) => {
    const t = texts[locale];
    if (!t || (!t.name && !t.notes && !t.urgentProcedure)) return [];
    return [{ authorityId: id, locale, name: t.name, notes: t.notes, urgentProcedure: t.urgentProcedure, status: 'final' as const }];
  });
  if (rows.length) await trx.insertInto('authorityTranslation').values(rows).execute();
}

export async function findAuthority(db: Db, id: string): Promise<AuthorityRecord | undefined> {
  const row = await db.selectFrom('authority').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withTexts(db, [row]))[0] : undefined;
}

export async function findAuthorityByName(db: Db, stateCode: string, originalName: string): Promise<AuthorityRecord | undefined> {
  const row = await db
    .selectFrom('authority')
    .selectAll()
    .where('stateCode', '=', stateCode)
    .where('originalName', '=', originalName)
    .executeTakeFirst();
  return row ? (await withTexts(db, [row]))[0] : undefined;
}

export async function listAuthorities(db: Db, filter: { stateCode?: string; ids?: string[] } = {}): Promise<AuthorityRecord[]> {
  let query = db.selectFrom('authority').selectAll();
  if (filter.stateCode) query = query.where('stateCode', '=', filter.stateCode);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    query = query.where('id', 'in', filter.ids);
  }
  return withTexts(db, await query.orderBy('stateCode').orderBy('originalName').execute());
}

export interface AuthoritySearch {
  q?: string;
  stateCode?: string;
  function?: DesignationFunction;
  language?: string;
  regionalGroup?: RegionalGroup;
  /** Today (YYYY-MM-DD): the function filter looks at current designations. */
  today: string;
  /** Only entries whose accepted languages the reader may see can match a language filter. */
  languageVisibleToPublicOnly: boolean;
}

/** Entries matching every filter, in SQL; ordered by State then name. */
export async function searchAuthorities(db: Db, search: AuthoritySearch, window: { limit: number; offset: number }): Promise<Page<AuthorityRecord>> {
  let query = db.selectFrom('authority as a');
  const q = search.q ? normalizeForSearch(search.q) : '';
  if (q) query = query.where(sql<boolean>`a.search_text like ${`%${escapeLike(q)}%`} escape '\\'`);
  if (search.stateCode) query = query.where('a.stateCode', '=', search.stateCode.toUpperCase());
  if (search.regionalGroup) {
    const group = search.regionalGroup;
    query = query.where('a.stateCode', 'in', (eb) => eb.selectFrom('state').select('code').where('regionalGroup', '=', group));
  }
  if (search.function) {
    const fn = search.function;
    query = query.where('a.id', 'in', (eb) => currentDesignations(eb.selectFrom('designation'), search.today).select('authorityId').where('function', '=', fn));
  }
  if (search.language) {
    // Lists are JSON text on both dialects: match the quoted code.
    query = query.where(sql<boolean>`a.languages_accepted like ${`%"${escapeLike(search.language)}"%`} escape '\\'`);
    if (search.languageVisibleToPublicOnly) query = query.where(sql<boolean>`a.visibility not like '%"languagesAccepted":"practitioners"%'`);
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query.selectAll('a').orderBy('a.stateCode').orderBy('a.originalName').limit(window.limit).offset(window.offset).execute();
  return { items: await withTexts(db, rows), total: Number(total.n), ...window };
}

/** Restricts a designation query to those in force on `today`. */
export function currentDesignations<Q extends { where: (...args: any[]) => Q }>(query: Q, today: string): Q {
  return query
    .where('startDate', '<=', today)
    .where((eb: any) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', today)]));
}

/** Entries last verified before `before` whose editors were not reminded since `remindedBefore`. */
export async function listStaleAuthorities(db: Db, before: string, remindedBefore: string): Promise<AuthorityRecord[]> {
  const rows = await db
    .selectFrom('authority')
    .selectAll()
    .where('lastVerifiedOn', '<', before)
    .where((eb) => eb.or([eb('staleReminderSentAt', 'is', null), eb('staleReminderSentAt', '<', remindedBefore)]))
    .orderBy('stateCode')
    .execute();
  return withTexts(db, rows);
}

export async function markStaleReminderSent(db: Db, ids: string[], at: string): Promise<void> {
  if (ids.length) await db.updateTable('authority').set({ staleReminderSentAt: at }).where('id', 'in', ids).execute();
}

async function withTexts(db: Db, rows: AuthorityRow[]): Promise<AuthorityRecord[]> {
  if (rows.length === 0) return [];
  const texts = [];
  for (const ids of chunked(rows.map((r) => r.id))) {
    texts.push(...(await db.selectFrom('authorityTranslation').selectAll().where('authorityId', 'in', ids).execute()));
  }
  const textsOf = new Map<string, AuthorityRecord['texts']>();
  for (const t of texts) {
    const entry = textsOf.get(t.authorityId) ?? {};
    entry[t.locale] = { name: t.name, notes: t.notes, urgentProcedure: t.urgentProcedure };
    textsOf.set(t.authorityId, entry);
  }
  return rows.map((row) => ({
    id: row.id,
    stateCode: row.stateCode,
    territory: row.territory,
    originalName: row.originalName,
    originalLanguage: row.originalLanguage,
    address: row.address,
    phones: JSON.parse(row.phones),
    emails: JSON.parse(row.emails),
    website: row.website,
    officeHours: row.officeHours,
    timeZone: row.timeZone,
    urgentContact: row.urgentContact,
    languagesAccepted: JSON.parse(row.languagesAccepted),
    channels: JSON.parse(row.channels),
    requirements: JSON.parse(row.requirements),
    visibility: JSON.parse(row.visibility),
    lastVerifiedOn: row.lastVerifiedOn,
    version: Number(row.version),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    texts: textsOf.get(row.id) ?? {},
  }));
}

