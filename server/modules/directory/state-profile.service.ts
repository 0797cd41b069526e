import type { HistoryEntry, Requirements, StateDirectoryView } from '../../../common/contracts/directory';
import { DIRECTORY_LIMITS } from '../../../common/limits';
import { isStale, type DesignationFunction } from '../../../common/directory';
import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import { NotFoundError } from '../../lib/errors';
import type { ServiceContext } from '../../platform/context';
import { listAuditEventsForState } from '../audit/index';
import { stateExists } from '../states/index';
import { listAuthorities, type AuthorityRecord } from './authority.repository';
import { listDesignationsOfState } from './designation.repository';
import { canEditState, canReadHistory, canSeeField } from './directory.policy';
import { presentDesignation, presentSummary } from './directory.presenter';
import { readerFor } from './reader';

/** A State's directory profile: designations (current and past), entries, languages, requirements. */
export async function getStateDirectory(db: Db, ctx: ServiceContext, code: string, locale: Locale): Promise<StateDirectoryView> {
  const stateCode = code.toUpperCase();
  if (!(await stateExists(db, stateCode))) throw new NotFoundError('state');
  const reader = await readerFor(db, ctx, locale);
  const [authorities, designations] = await Promise.all([listAuthorities(db, { stateCode }), listDesignationsOfState(db, stateCode)]);
  const byId = new Map(authorities.map((a) => [a.id, a]));
  const views = designations.map((d) => presentDesignation(d, reader, byId));
  const current = views.filter((d) => d.isCurrent);
  const holding = (fn: DesignationFunction) =>
    current.filter((d) => d.function === fn && d.authorityId).map((d) => byId.get(d.authorityId!)).filter((a): a is AuthorityRecord => Boolean(a));
  const mla = holding('central_authority_mla');
  const extradition = holding('extradition_authority');
  const designated = [...new Set([...current.map((d) => d.authorityId).filter(Boolean)])].map((id) => byId.get(id!)!).filter(Boolean);
  const lastVerifiedOn = designated.map((a) => a.lastVerifiedOn).sort()[0] ?? null;
  // Functions come from the designations already loaded, not from another query.
  const functions = new Map<string, DesignationFunction[]>();
  for (const d of current) if (d.authorityId) functions.set(d.authorityId, [...new Set([...(functions.get(d.authorityId) ?? []), d.function])]);
  return {
    stateCode,
    current,
    past: views.filter((d) => !d.isCurrent),
    authorities: authorities.map((a) => presentSummary(a, reader, functions.get(a.id) ?? [])),
    languagesAccepted: [...new Set(mla.filter((a) => canSeeField(ctx.actor, a.visibility, 'languagesAccepted')).flatMap((a) => a.languagesAccepted))],
    mlaRequirements: visibleRequirements(ctx, mla[0]),
    extraditionRequirements: visibleRequirements(ctx, extradition[0] ?? mla[0]),
    lastVerifiedOn,
    isStale: lastVerifiedOn !== null && isStale(lastVerifiedOn, reader.today),
    abilities: { edit: canEditState(ctx.actor, stateCode) },
  };
}

function visibleRequirements(ctx: ServiceContext, authority: AuthorityRecord | undefined): Requirements | null {
  return authority && canSeeField(ctx.actor, authority.visibility, 'requirements') ? authority.requirements : null;
}

/** Who changed what in a State's directory entries and designations, newest first. */
export async function getStateHistory(db: Db, ctx: ServiceContext, code: string): Promise<HistoryEntry[]> {
  const stateCode = code.toUpperCase();
  if (!canReadHistory(ctx.actor) || !(await stateExists(db, stateCode))) throw new NotFoundError('state');
  const events = await listAuditEventsForState(db, stateCode, ['authority', 'designation'], DIRECTORY_LIMITS.historyMax);
  return events.map((e) => ({
    at: e.occurredAt,
    action: e.action,
    actorName: e.actorName,
    entityType: e.entityType,
    entityId: e.entityId,
    details: JSON.parse(e.details),
  }));
}
