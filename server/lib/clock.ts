/** The source of "now"; tests pass a fixed clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers `at` (and can be moved forward in tests). */
export function fixedClock(at: string | Date): Clock & { advance(ms: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** ISO-8601 UTC timestamp text, sortable and identical on both dialects. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString();
}

/** `from` plus the given minutes, as ISO text. */
export function addMinutes(from: Date, minutes: number): string {
  return new Date(from.getTime() + minutes * 60_000).toISOString();
}
