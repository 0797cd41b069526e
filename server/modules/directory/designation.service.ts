import type { DesignationInput, DesignationView } from '../../../common/contracts/directory';
import { EXCLUSIVE_FUNCTIONS, PERSON_FUNCTIONS } from '../../../common/directory';
import type { FieldProblem } from '../../../common/errors';
import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import { AppError, NotFoundError, ValidationError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { requireActorOf, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/index';
import { stateExists } from '../states/index';
import { findAuthority, listAuthorities } from './authority.repository';
import { designationRow, findDesignation, insertDesignation, listOverlappingDesignations, setDesignationEnd } from './designation.repository';
import { canEditState } from './directory.policy';
import { presentDesignation } from './directory.presenter';
import { readerFor } from './reader';

/** Field problems of a designation, before it touches the database. */
export function checkDesignationShape(input: DesignationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const isPerson = PERSON_FUNCTIONS.includes(input.function);
  if (isPerson && !input.person) problems.push({ field: 'person', reason: 'required' });
  if (!isPerson && !input.authorityId) problems.push({ field: 'authorityId', reason: 'required' });
  if (!isPerson && input.person) problems.push({ field: 'person', reason: 'not_allowed' });
  if (input.endDate && input.endDate < input.startDate) problems.push({ field: 'endDate', reason: 'end_before_start' });
  return problems;
}

/**
 * Records a designation. History is kept: nothing is overwritten, a designation only ever gets
 * an end date. Two central authorities (or extradition authorities) for the same territory may
 * not hold office on the same day (46(13)).
 */
export async function designate(db: Db, ctx: ServiceContext, input: DesignationInput, locale: Locale): Promise<DesignationView> {
  const actor = requireActorOf(ctx);
  const stateCode = input.stateCode.toUpperCase();
  const problems = checkDesignationShape(input);
  if (!(await stateExists(db, stateCode))) problems.unshift({ field: 'stateCode', reason: 'unknown_state' });
  if (problems.length) throw new ValidationError(problems);
  if (!canEditState(actor, stateCode)) throw new NotFoundError('state');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (input.authorityId) {
      const authority = await findAuthority(trx, input.authorityId);
      if (!authority || authority.stateCode !== stateCode) throw new ValidationError([{ field: 'authorityId', reason: 'not_allowed' }]);
    }
    const territory = input.territory?.trim() || null;
    if (EXCLUSIVE_FUNCTIONS.includes(input.function)) {
      const overlapping = await listOverlappingDesignations(trx, { stateCode, function: input.function, territory, startDate: input.startDate, endDate: input.endDate });
      if (overlapping.length) throw new AppError('designation_overlap', `overlaps ${overlapping[0]!.id}`, [{ field: 'startDate', reason: 'not_allowed' }]);
    }
    const row = designationRow({
      id,
      stateCode,
      function: input.function,
      territory,
      authorityId: input.authorityId,
      personName: input.person?.name.trim() ?? null,
      personTitle: input.person?.title?.trim() || null,
      personEmail: input.person?.email?.trim().toLowerCase() || null,
      startDate: input.startDate,
      endDate: input.endDate,
      notificationReference: input.notificationReference?.trim() || null,
      notificationDate: input.notificationDate,
      recordedBy: actor.userId,
      recordedAt: ctx.clock.now().toISOString(),
    });
    await insertDesignation(trx, row);
    await recordAudit(trx, ctx, { action: 'designation.created', entityType: 'designation', entityId: id, stateCode, details: { after: row } });
  });
  return getDesignation(db, ctx, id, locale);
}

/** Ends a designation on `endDate` (never before it started). */
export async function endDesignation(db: Db, ctx: ServiceContext, id: string, endDate: string, locale: Locale): Promise<DesignationView> {
  const actor = requireActorOf(ctx);
  const existing = await findDesignation(db, id);
  if (!existing || !canEditState(actor, existing.stateCode)) throw new NotFoundError('designation');
  if (endDate < existing.startDate) throw new ValidationError([{ field: 'endDate', reason: 'end_before_start' }]);
  await db.transaction().execute(async (trx) => {
    await setDesignationEnd(trx, id, endDate);
    await recordAudit(trx, ctx, {
      action: 'designation.ended',
      entityType: 'designation',
      entityId: id,
      stateCode: existing.stateCode,
      details: { changes: { endDate: { before: existing.endDate, after: endDate } } },
    });
  });
  return getDesignation(db, ctx, id, locale);
}

async function getDesignation(db: Db, ctx: ServiceContext, id: string, locale: Locale): Promise<DesignationView> {
  const designation = await findDesignation(db, id);
  if (!designation) throw new NotFoundError('designation');
  const reader = await readerFor(db, ctx, locale);
  const authorities = await listAuthorities(db, { ids: designation.authorityId ? [designation.authorityId] : [] });
  return presentDesignation(designation, reader, new Map(authorities.map((a) => [a.id, a])));
}
