import type { DesignationFunction } from '../../../common/directory';
import type { Db } from '../../db/database';
import { chunked } from '../../lib/pagination';
import { currentDesignations } from './authority.repository';
import type { DesignationTable } from './directory.table';

/** A designation with the names a reader needs. */
export type DesignationRecord = DesignationTable & { authorityOriginalName: string | null; recordedByName: string | null };

function withNames(db: Db) {
  return db
    .selectFrom('designation as d')
    .leftJoin('authority as a', 'a.id', 'd.authorityId')
    .leftJoin('userAccount as u', 'u.id', 'd.recordedBy')
    .selectAll('d')
    .select(['a.originalName as authorityOriginalName', 'u.displayName as recordedByName']);
}

/** A designation row: what is given, the rest empty (no person, no end, no notification). */
export function designationRow(
  given: Pick<DesignationTable, 'id' | 'stateCode' | 'function' | 'territory' | 'startDate' | 'recordedAt'> & Partial<DesignationTable>,
): DesignationTable {
  return {
    authorityId: null,
    personName: null,
    personTitle: null,
    personEmail: null,
    endDate: null,
    notificationReference: null,
    notificationDate: null,
    recordedBy: null,
    ...given,
  };
}

export async function insertDesignation(trx: Db, designation: DesignationTable): Promise<void> {
  await trx.insertInto('designation').values(designation).execute();
}

export async function setDesignationEnd(trx: Db, id: string, endDate: string): Promise<void> {
  await trx.updateTable('designation').set({ endDate }).where('id', '=', id).execute();
}

export function findDesignation(db: Db, id: string): Promise<DesignationRecord | undefined> {
  return withNames(db).where('d.id', '=', id).executeTakeFirst();
}

/** Every designation of a State (history included), newest start first. */
export function listDesignationsOfState(db: Db, stateCode: string): Promise<DesignationRecord[]> {
  return withNames(db).where('d.stateCode', '=', stateCode).orderBy('d.startDate', 'desc').orderBy('d.recordedAt', 'desc').execute();
}

/** Designations in force on `today` for the given authorities. */
export async function listCurrentDesignationsOf(db: Db, authorityIds: string[], today: string): Promise<DesignationRecord[]> {
  const found: DesignationRecord[] = [];
  for (const ids of chunked(authorityIds)) found.push(...(await currentDesignations(withNames(db).where('d.authorityId', 'in', ids), today).execute()));
  return found;
}

/** Designations in force on `today` for a State and function (one per territory, normally). */
export function listCurrentDesignationsFor(db: Db, stateCode: string, fn: DesignationFunction, today: string): Promise<DesignationRecord[]> {
  return currentDesignations(withNames(db).where('d.stateCode', '=', stateCode).where('d.function', '=', fn), today).execute();
}

/** Designations of the same State, function and territory whose periods meet [start, end]. */
export function listOverlappingDesignations(
  db: Db,
  probe: { stateCode: string; function: DesignationFunction; territory: string | null; startDate: string; endDate: string | null; excludeId?: string },
): Promise<DesignationRecord[]> {
  let query = withNames(db)
    .where('d.stateCode', '=', probe.stateCode)
    .where('d.function', '=', probe.function)
    .where((eb) => eb.or([eb('d.endDate', 'is', null), eb('d.endDate', '>=', probe.startDate)]));
  query = probe.territory === null ? query.where('d.territory', 'is', null) : query.where('d.territory', '=', probe.territory);
  if (probe.endDate) query = query.where('d.startDate', '<=', probe.endDate);
  if (probe.excludeId) query = query.where('d.id', '!=', probe.excludeId);
  return query.execute();
}
