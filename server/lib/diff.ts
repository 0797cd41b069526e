/** The fields of `patch` whose values differ from `before`, as { field: { before, after } }. */
export function changedFields<T extends object>(
  before: T,
  patch: Partial<T>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, after] of Object.entries(patch)) {
    if (after === undefined) continue;
    const old = (before as Record<string, unknown>)[key];
    if (JSON.stringify(old) !== JSON.stringify(after)) changes[key] = { before: old, after };
  }
  return changes;
}
