import type { AuthorityInput } from '../../../common/contracts/directory';
import type { DesignationFunction } from '../../../common/directory';

/** One demo entry: a fixed key (so seeding is idempotent), the entry, and what it is designated as. */
export interface DemoAuthority {
  /** Stable key, e.g. "FR-mla"; the entry's id is derived from it. */
  key: string;
  input: Omit<AuthorityInput, 'lastVerifiedOn'> & {
    /** Days before the seeding date when the entry was last verified (over 365 → stale). */
    verifiedDaysAgo: number;
  };
  designations: { function: DesignationFunction; startDate: string; notificationReference: string | null; notificationDate: string | null }[];
}

/** A designated governmental expert (a person). */
export interface DemoExpert {
  key: string;
  stateCode: string;
  name: string;
  title: string;
  email: string;
  startDate: string;
}
