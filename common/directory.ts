/** What a designation is for (resolution para 4; UNCAC 46(13), 44, 55, 58, 36). */
export const DESIGNATION_FUNCTIONS = [
  'central_authority_mla',
  'extradition_authority',
  'asset_recovery',
  'financial_intelligence',
  'police',
  'prosecution',
  'courts',
  'anti_corruption',
  'focal_point',
  'governmental_expert',
] as const;
export type DesignationFunction = (typeof DESIGNATION_FUNCTIONS)[number];

/** Functions held by a person rather than an authority. */
export const PERSON_FUNCTIONS: readonly DesignationFunction[] = ['governmental_expert'];

/** Functions of which a State has one per territory at a time (46(13): one central authority, or one per territory with its own system). */
export const EXCLUSIVE_FUNCTIONS: readonly DesignationFunction[] = ['central_authority_mla', 'extradition_authority'];

/** Channels an authority accepts for requests (46(13)). */
export const CHANNELS = ['central_authorities', 'diplomatic', 'interpol_urgent', 'comity', 'email', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The purposes of mutual legal assistance, UNCAC 46(3)(a)–(k), plus extradition (44) and provisional arrest (44(10)). */
export const MEASURES = [
  'mla_a',
  'mla_b',
  'mla_c',
  'mla_d',
  'mla_e',
  'mla_f',
  'mla_g',
  'mla_h',
  'mla_i',
  'mla_j',
  'mla_k',
  'extradition',
  'provisional_arrest',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * MLA measures that compel or intrude (search and seizure, freezing, tracing, recovery): the
 * requested State may require dual criminality for them (46(9)(b)–(c)).
 */
export const COERCIVE_MEASURES: readonly Measure[] = ['mla_c', 'mla_g', 'mla_j', 'mla_k'];

/** Asset-recovery measures (46(3)(j)–(k), chapter V): the asset-recovery focal point is also relevant. */
export const ASSET_RECOVERY_MEASURES: readonly Measure[] = ['mla_j', 'mla_k'];

/** How a State treats dual criminality (46(9)). */
export const DUAL_CRIMINALITY_POLICIES = ['required', 'not_required', 'case_by_case'] as const;
export type DualCriminalityPolicy = (typeof DUAL_CRIMINALITY_POLICIES)[number];

/** Fields of an authority entry whose visibility the editor chooses. */
export const VISIBLE_FIELDS = [
  'address',
  'phones',
  'emails',
  'website',
  'officeHours',
  'urgentContact',
  'languagesAccepted',
  'channels',
  'urgentProcedure',
  'requirements',
  'notes',
] as const;
export type VisibleField = (typeof VISIBLE_FIELDS)[number];
export type Visibility = 'public' | 'practitioners';

/** Defaults: how to reach an authority is public; direct contact details and requirements are for practitioners. */
export const DEFAULT_VISIBILITY: Record<VisibleField, Visibility> = {
  address: 'practitioners',
  phones: 'practitioners',
  emails: 'practitioners',
  website: 'public',
  officeHours: 'public',
  urgentContact: 'practitioners',
  languagesAccepted: 'public',
  channels: 'public',
  urgentProcedure: 'practitioners',
  requirements: 'practitioners',
  notes: 'practitioners',
};

/** An entry not verified for this many months is stale. */
export const STALE_AFTER_MONTHS = 12;

/** True when `lastVerifiedOn` (YYYY-MM-DD) is more than STALE_AFTER_MONTHS before `today` (YYYY-MM-DD). */
export function isStale(lastVerifiedOn: string | null, today: string): boolean {
  if (!lastVerifiedOn) return true;
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - STALE_AFTER_MONTHS, d)).toISOString().slice(0, 10);
  return lastVerifiedOn < limit;
}
