import { LIMITS } from '../../common/limits';

/** A page of results with the total count, for every list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Clamps user-supplied paging to the allowed range. */
export function pageWindow(input: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const limit = Math.min(Math.max(input.limit ?? LIMITS.pageSizeDefault, 1), LIMITS.pageSizeMax);
  return { limit, offset: Math.max(input.offset ?? 0, 0) };
}

/** Splits `items` into runs of at most `size`, e.g. to keep SQL `IN (…)` lists under the parameter limit. */
export function chunked<T>(items: T[], size = 500): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}
