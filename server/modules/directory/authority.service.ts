import type { AuthorityInput, AuthoritySearchQuery, AuthoritySummary, AuthorityUpdate, AuthorityView } from '../../../common/contracts/directory';
import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import { changedFields } from '../../lib/diff';
import { AppError, NotFoundError, ValidationError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { pageWindow, type Page } from '../../lib/pagination';
import { requireActorOf, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { stateExists } from '../states/index';
import { checkAuthorityInput, toAuthorityFields } from './authority.input';
import { findAuthority, insertAuthority, replaceAuthority, searchAuthorities, type AuthorityFields, type AuthorityRecord } from './authority.repository';
import { listCurrentDesignationsOf } from './designation.repository';
import { canEditState } from './directory.policy';
import { presentAuthority, presentSummary } from './directory.presenter';
import { readerFor, todayOf } from './reader';

/** Current functions of each authority, for views and summaries. */
export async function functionsOf(db: Db, ids: string[], today: string) {
  const map = new Map<string, AuthorityView['functions']>();
  for (const d of await listCurrentDesignationsOf(db, ids, today)) {
    const list = map.get(d.authorityId!) ?? [];
    if (!list.includes(d.function)) list.push(d.function);
    map.set(d.authorityId!, list);
  }
  return map;
}

/** One entry as the context's actor may see it. */
export async function getAuthority(db: Db, ctx: ServiceContext, id: string, locale: Locale): Promise<AuthorityView> {
  const record = await findAuthority(db, id);
  if (!record) throw new NotFoundError('authority');
  return present(db, ctx, record, locale);
}

async function present(db: Db, ctx: ServiceContext, record: AuthorityRecord, locale: Locale): Promise<AuthorityView> {
  const reader = await readerFor(db, ctx, locale);
  const functions = await functionsOf(db, [record.id], reader.today);
  return presentAuthority(record, reader, functions.get(record.id) ?? []);
}

async function validate(db: Db, input: AuthorityInput): Promise<AuthorityFields> {
  const problems = checkAuthorityInput(input);
  if (!(await stateExists(db, input.stateCode))) problems.unshift({ field: 'stateCode', reason: 'unknown_state' });
  if (problems.length) throw new ValidationError(problems);
  return toAuthorityFields(input);
}

/** Creates an entry for a State the actor edits (404 for any other State). */
export async function createAuthority(db: Db, ctx: ServiceContext, input: AuthorityInput, locale: Locale): Promise<AuthorityView> {
  const actor = requireActorOf(ctx);
  const fields = await validate(db, input);
  if (!canEditState(actor, fields.stateCode)) throw new NotFoundError('state');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertAuthority(trx, id, fields, ctx.clock.now().toISOString());
    await recordAudit(trx, ctx, { action: 'authority.created', entityType: 'authority', entityId: id, stateCode: fields.stateCode, details: { after: fields } });
  });
  return getAuthority(db, ctx, id, locale);
}

/** Replaces an entry; refused with `conflict` when it changed since `version` was read. */
export async function updateAuthority(db: Db, ctx: ServiceContext, id: string, input: AuthorityUpdate, locale: Locale): Promise<AuthorityView> {
  const actor = requireActorOf(ctx);
  const { version, ...rest } = input;
  const existing = await findAuthority(db, id);
  if (!existing || !canEditState(actor, existing.stateCode)) throw new NotFoundError('authority');
  const fields = await validate(db, rest);
  if (fields.stateCode !== existing.stateCode) throw new ValidationError([{ field: 'stateCode', reason: 'not_allowed' }]);
  await db.transaction().execute(async (trx) => {
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...before } = existing;
    const changes = changedFields(before, fields);
    if (!(await replaceAuthority(trx, id, version, fields, ctx.clock.now().toISOString()))) throw new AppError('conflict', 'authority changed meanwhile');
    await recordAudit(trx, ctx, { action: 'authority.updated', entityType: 'authority', entityId: id, stateCode: existing.stateCode, details: { changes } });
  });
  return getAuthority(db, ctx, id, locale);
}

/** Full-text and filtered search over entries; what the reader may not see never matches. */
export async function searchDirectory(db: Db, ctx: ServiceContext, query: AuthoritySearchQuery, locale: Locale): Promise<Page<AuthoritySummary>> {
  const today = todayOf(ctx);
  const page = await searchAuthorities(
    db,
    { q: query.q?.trim(), stateCode: query.state, function: query.function, language: query.language, regionalGroup: query.regionalGroup, today, languageVisibleToPublicOnly: !ctx.actor },
    pageWindow(query),
  );
  const reader = await readerFor(db, ctx, locale);
  const functions = await functionsOf(db, page.items.map((r) => r.id), today);
  return { ...page, items: page.items.map((r) => presentSummary(r, reader, functions.get(r.id) ?? [])) };
}

