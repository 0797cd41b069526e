/** UN regional groups (informal electoral groups of Member States). */
export const REGIONAL_GROUPS = ['african', 'asia_pacific', 'eastern_european', 'grulac', 'weog'] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

/** Where a State stands towards UNCAC: a party, a signatory only, or neither. */
export const UNCAC_STATUSES = ['party', 'signatory', 'none'] as const;
export type UncacStatus = (typeof UNCAC_STATUSES)[number];

/** The kind of instrument by which a party joined UNCAC (art. 67). */
export const UNCAC_INSTRUMENTS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;
export type UncacInstrument = (typeof UNCAC_INSTRUMENTS)[number];

/** How an entity sits in the UN system. */
export const STATE_KINDS = ['member', 'observer', 'non_member', 'organization'] as const;
export type StateKind = (typeof STATE_KINDS)[number];
