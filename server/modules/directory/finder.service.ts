import type { AuthorityView, FinderAnswer, FinderQuery } from '../../../common/contracts/directory';
import { ASSET_RECOVERY_MEASURES, COERCIVE_MEASURES, type Channel, type DesignationFunction, type Measure } from '../../../common/directory';
import type { Locale } from '../../../common/locales';
import type { Db } from '../../db/database';
import { NotFoundError } from '../../lib/errors';
import type { ServiceContext } from '../../platform/context';
import { stateExists } from '../states/index';
import { listAuthorities } from './authority.repository';
import { functionsOf } from './authority.service';
import { listCurrentDesignationsFor } from './designation.repository';
import { presentAuthority, presentSummary, type Reader } from './directory.presenter';
import { readerFor } from './reader';

type Advice = FinderAnswer['advice'][number];

/** The function that receives a request for `measure`: the MLA central authority (46(13)) or the extradition authority. */
export function functionFor(measure: Measure): DesignationFunction {
  return measure === 'extradition' || measure === 'provisional_arrest' ? 'extradition_authority' : 'central_authority_mla';
}

/** Other designations worth showing for a measure. */
function relatedFunctions(measure: Measure): DesignationFunction[] {
  if (ASSET_RECOVERY_MEASURES.includes(measure)) return ['asset_recovery', 'financial_intelligence'];
  if (measure === 'mla_g') return ['financial_intelligence'];
  if (measure === 'provisional_arrest') return ['police'];
  return [];
}

/** Channels for this case, best first: INTERPOL leads only when urgent and accepted (46(13)). */
export function channelsFor(accepted: Channel[], urgent: boolean): Channel[] {
  const order: Channel[] = urgent
    ? ['interpol_urgent', 'comity', 'central_authorities', 'email', 'diplomatic', 'post']
    : ['comity', 'central_authorities', 'email', 'diplomatic', 'post'];
  return order.filter((c) => accepted.includes(c));
}

/** What to tell the drafter about one answer. */
export function adviceFor(measure: Measure, urgent: boolean, view: AuthorityView): Advice[] {
  const advice: Advice[] = [];
  const channels = view.channels ?? [];
  if (channels.includes('diplomatic') && !channels.includes('central_authorities')) advice.push('diplomatic_channel_required');
  if (urgent && channels.includes('interpol_urgent')) advice.push('interpol_in_urgent_cases');
  if (urgent && view.urgentContact) advice.push('use_urgent_contact');
  const r = view.requirements;
  if (r && measure.startsWith('mla_')) {
    const policy = COERCIVE_MEASURES.includes(measure) ? r.dualCriminalityCoercive : r.dualCriminalityNonCoercive;
    if (policy === 'required') advice.push('dual_criminality_required');
    if (policy === 'case_by_case') advice.push('dual_criminality_case_by_case');
  }
  if (r && !measure.startsWith('mla_')) {
    if (r.extraditionTreatyRequired) advice.push('treaty_required');
    if (r.uncacAsExtraditionBasis === true) advice.push('uncac_accepted_as_basis');
    if (r.uncacAsExtraditionBasis === false) advice.push('uncac_not_accepted_as_basis');
  }
  if (view.isStale) advice.push('stale_entry');
  return advice;
}

/** Which authority, through which channel, in which language, with which requirements, verified when. */
export async function findAuthorityFor(db: Db, ctx: ServiceContext, query: FinderQuery, locale: Locale): Promise<FinderAnswer> {
  const stateCode = query.state.toUpperCase();
  if (!(await stateExists(db, stateCode))) throw new NotFoundError('state');
  const reader = await readerFor(db, ctx, locale);
  const urgent = query.urgent ?? false;
  let fn = functionFor(query.measure);
  let designations = await listCurrentDesignationsFor(db, stateCode, fn, reader.today);
  if (designations.length === 0 && fn === 'extradition_authority') {
    fn = 'central_authority_mla';
    designations = await listCurrentDesignationsFor(db, stateCode, fn, reader.today);
  }
  const answers = await answersFrom(db, reader, designations.map((d) => ({ authorityId: d.authorityId!, territory: d.territory })), urgent);
  const related = await relatedFrom(db, reader, stateCode, relatedFunctions(query.measure));
  const advice = new Set<Advice>(answers.length ? answers.flatMap((a) => adviceFor(query.measure, urgent, a.authority)) : ['no_designation']);
  return { stateCode, stateName: reader.stateName(stateCode), measure: query.measure, urgent, function: fn, answers, related, advice: [...advice] };
}

async function answersFrom(db: Db, reader: Reader, held: { authorityId: string; territory: string | null }[], urgent: boolean) {
  const authorities = await listAuthorities(db, { ids: held.map((h) => h.authorityId) });
  const functions = await functionsOf(db, authorities.map((a) => a.id), reader.today);
  return held.flatMap((h) => {
    const record = authorities.find((a) => a.id === h.authorityId);
    if (!record) return [];
    const view = presentAuthority(record, reader, functions.get(record.id) ?? []);
    return [{ authority: view, territory: h.territory, channels: channelsFor(view.channels ?? [], urgent), languages: view.languagesAccepted ?? [] }];
  });
}

async function relatedFrom(db: Db, reader: Reader, stateCode: string, fns: DesignationFunction[]): Promise<FinderAnswer['related']> {
  const related: FinderAnswer['related'] = [];
  for (const fn of fns) {
    const held = await listCurrentDesignationsFor(db, stateCode, fn, reader.today);
    const authorities = await listAuthorities(db, { ids: held.map((d) => d.authorityId).filter((id): id is string => Boolean(id)) });
    for (const a of authorities) related.push({ function: fn, authority: presentSummary(a, reader, [fn]) });
  }
  return related;
}
