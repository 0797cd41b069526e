import type { Migration } from 'kysely';
import * as foundation from './2026-11-29T0400_foundation';
import * as directory from './2026-11-29T0500_directory';

/** Every migration in order; a landed migration is never edited, only followed by a new one. */
export const migrations: Record<string, Migration> = {
  '2026-11-29T0400_foundation': foundation,
  '2026-11-29T0500_directory': directory,
};
