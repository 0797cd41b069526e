import { AuthorityInput, type ImportBody, type ImportReport } from '../../../common/contracts/directory';
import { EXCLUSIVE_FUNCTIONS } from '../../../common/directory';
import type { FieldProblem, RowProblems } from '../../../common/errors';
import { DIRECTORY_LIMITS } from '../../../common/limits';
import { LOCALE_CODES } from '../../../common/locales';
import type { Db } from '../../db/database';
import { parseCsv, toCsv } from '../../lib/csv';
import { changedFields } from '../../lib/diff';
import { AppError, NotFoundError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { requireActorOf, type ServiceContext } from '../../platform/context';
import { checkAgainst } from '../../platform/validation';
import { recordAudit } from '../audit/index';
import { stateNamesIn } from '../states/index';
import { checkAuthorityInput, toAuthorityFields } from './authority.input';
import { findAuthorityByName, insertAuthority, listAuthorities, replaceAuthority, type AuthorityFields } from './authority.repository';
import { designationRow, insertDesignation, listCurrentDesignationsOf, listOverlappingDesignations } from './designation.repository';
import { canImportDirectory, canSeeField } from './directory.policy';
import { parseRow, ROW_COLUMNS, toRow, type FlatRow, type ParsedRow } from './directory.rows';
import { todayOf } from './reader';

/** Reads the file into flat rows; a file that is not CSV/JSON of rows is one problem on row 0. */
function readRows(body: ImportBody): FlatRow[] {
  if (body.format === 'csv') {
    const [header, ...lines] = parseCsv(body.content);
    if (!header) return [];
    return lines.map((cells) => Object.fromEntries(header.map((h, i) => [h.trim(), cells[i] ?? ''])));
  }
  let data: unknown;
  try {
    data = JSON.parse(body.content);
  } catch {
    throw new AppError('import_rejected', 'not JSON', undefined, [{ row: 0, fields: [{ field: 'content', reason: 'invalid_format' }] }]);
  }
  if (!Array.isArray(data) || data.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new AppError('import_rejected', 'not an array of rows', undefined, [{ row: 0, fields: [{ field: 'content', reason: 'invalid_type' }] }]);
  }
  return data.map((r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v)])));
}

/** Every problem of every row, checked before anything is written. */
async function validateRows(db: Db, rows: FlatRow[], today: string): Promise<{ parsed: ParsedRow[]; report: RowProblems[] }> {
  const parsed: ParsedRow[] = [];
  const report: RowProblems[] = [];
  const claimed = new Map<string, number>();
  const knownStates = await stateNamesIn(db, 'en');
  for (const [index, row] of rows.entries()) {
    const { parsed: p, problems } = parseRow(row);
    problems.push(...checkAgainst(AuthorityInput, p.input));
    if (!problems.some((f) => f.field === 'timeZone' || f.field.startsWith('languagesAccepted') || f.field === 'originalLanguage')) problems.push(...checkAuthorityInput(p.input));
    if (p.input.stateCode && !knownStates.has(p.input.stateCode)) problems.push({ field: 'state', reason: 'unknown_state' });
    if (p.designation && EXCLUSIVE_FUNCTIONS.includes(p.designation.function)) problems.push(...(await checkExclusive(db, p, claimed, index + 1, today)));
    parsed.push(p);
    if (problems.length) report.push({ row: index + 1, fields: problems.map(renameField) });
  }
  return { parsed, report };
}

/** Schema paths use the API's names; the report uses the file's column names. */
function renameField(problem: FieldProblem): FieldProblem {
  const renames: Record<string, string> = { stateCode: 'state' };
  const [head, ...rest] = problem.field.split('.');
  if (head === 'names' || head === 'notes') return { ...problem, field: `${head === 'names' ? 'name' : 'notes'}_${rest[0]}` };
  if (head === 'requirements') return { ...problem, field: rest[0] ?? head };
  if (head === 'phones' || head === 'emails' || head === 'languagesAccepted' || head === 'channels') return { ...problem, field: head };
  return { ...problem, field: renames[head!] ?? problem.field };
}

/** Two central authorities for one territory may not overlap, neither within the file nor with what is stored. */
async function checkExclusive(db: Db, p: ParsedRow, claimed: Map<string, number>, row: number, today: string): Promise<FieldProblem[]> {
  const key = `${p.input.stateCode}|${p.designation!.function}|${p.input.territory ?? ''}`;
  if (claimed.has(key)) return [{ field: 'function', reason: 'duplicate', limit: claimed.get(key) }];
  claimed.set(key, row);
  const existing = await findAuthorityByName(db, p.input.stateCode, p.input.originalName.trim());
  const overlapping = await listOverlappingDesignations(db, {
    stateCode: p.input.stateCode,
    function: p.designation!.function,
    territory: p.input.territory,
    startDate: p.designation!.startDate || today,
    endDate: null,
  });
  return overlapping.some((d) => d.authorityId !== existing?.id) ? [{ field: 'function', reason: 'duplicate' }] : [];
}

/** Imports the directory from CSV or JSON: every row is valid, or nothing is imported. */
export async function importDirectory(db: Db, ctx: ServiceContext, body: ImportBody): Promise<ImportReport> {
  const actor = requireActorOf(ctx);
  if (!canImportDirectory(actor)) throw new NotFoundError('import');
  const rows = readRows(body);
  if (rows.length === 0) throw new AppError('import_rejected', 'no rows', undefined, [{ row: 0, fields: [{ field: 'content', reason: 'required' }] }]);
  if (rows.length > DIRECTORY_LIMITS.importRowsMax) {
    throw new AppError('import_rejected', 'too many rows', undefined, [{ row: 0, fields: [{ field: 'content', reason: 'too_large', limit: DIRECTORY_LIMITS.importRowsMax }] }]);
  }
  const today = todayOf(ctx);
  const { parsed, report } = await validateRows(db, rows, today);
  if (report.length) throw new AppError('import_rejected', `${report.length} row(s) invalid`, undefined, report);
  const result: ImportReport = { rows: rows.length, created: 0, updated: 0, designations: 0 };
  await db.transaction().execute(async (trx) => {
    for (const p of parsed) await importRow(trx, ctx, p, result, today);
  });
  return result;
}

async function importRow(trx: Db, ctx: ServiceContext, p: ParsedRow, result: ImportReport, today: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  const fields = toAuthorityFields(p.input);
  const existing = await findAuthorityByName(trx, fields.stateCode, fields.originalName);
  let id = existing?.id;
  if (existing) {
    // The file carries no visibility or urgent procedure: keep what the entry has.
    const merged: AuthorityFields = { ...fields, visibility: existing.visibility, texts: mergeTexts(existing.texts, fields.texts) };
    const { id: _i, version: _v, createdAt: _c, updatedAt: _u, ...before } = existing;
    await replaceAuthority(trx, existing.id, existing.version, merged, now);
    await recordAudit(trx, ctx, { action: 'authority.imported', entityType: 'authority', entityId: existing.id, stateCode: fields.stateCode, details: { changes: changedFields(before, merged) } });
    result.updated += 1;
  } else {
    id = newId();
    await insertAuthority(trx, id, fields, now);
    await recordAudit(trx, ctx, { action: 'authority.imported', entityType: 'authority', entityId: id, stateCode: fields.stateCode, details: { after: fields } });
    result.created += 1;
  }
  if (!p.designation) return;
  const current = await listCurrentDesignationsOf(trx, [id!], today);
  if (current.some((d) => d.function === p.designation!.function)) return;
  const designation = designationRow({
    id: newId(),
    stateCode: fields.stateCode,
    territory: fields.territory,
    authorityId: id!,
    recordedBy: ctx.actor?.userId ?? null,
    recordedAt: now,
    ...p.designation,
  });
  await insertDesignation(trx, designation);
  await recordAudit(trx, ctx, { action: 'designation.imported', entityType: 'designation', entityId: designation.id, stateCode: fields.stateCode, details: { after: designation } });
  result.designations += 1;
}

function mergeTexts(before: AuthorityFields['texts'], after: AuthorityFields['texts']): AuthorityFields['texts'] {
  return Object.fromEntries(
    LOCALE_CODES.flatMap((l) => {
      const merged = { name: after[l]?.name ?? null, notes: after[l]?.notes ?? null, urgentProcedure: before[l]?.urgentProcedure ?? null };
      return merged.name || merged.notes || merged.urgentProcedure ? [[l, merged]] : [];
    }),
  );
}

/** The directory as flat rows (one per current designation, or one per undesignated entry), as the reader may see it. */
export async function exportRows(db: Db, ctx: ServiceContext, stateCode?: string): Promise<FlatRow[]> {
  const today = todayOf(ctx);
  const authorities = await listAuthorities(db, stateCode ? { stateCode: stateCode.toUpperCase() } : {});
  const designations = await listCurrentDesignationsOf(db, authorities.map((a) => a.id), today);
  return authorities.flatMap((a) => {
    const visible = (field: string) => canSeeField(ctx.actor, a.visibility, field as never);
    const held = designations.filter((d) => d.authorityId === a.id);
    return held.length ? held.map((d) => toRow(a, d, visible)) : [toRow(a, null, visible)];
  });
}

export function rowsToCsv(rows: FlatRow[]): string {
  return toCsv([[...ROW_COLUMNS], ...rows.map((r) => ROW_COLUMNS.map((c) => r[c] ?? ''))]);
}
