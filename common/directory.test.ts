import { describe, expect, it } from 'vitest';
import { isStale } from './directory';
import { negotiateLocale } from './locales';

describe('isStale (12 months)', () => {
  it('turns stale the day after twelve months', () => {
    expect(isStale('2025-11-29', '2026-11-29')).toBe(false);
    expect(isStale('2025-11-28', '2026-11-29')).toBe(true);
    expect(isStale(null, '2026-11-29')).toBe(true);
  });

  it('handles month ends and leap days', () => {
    expect(isStale('2024-02-29', '2025-03-01')).toBe(true);
    expect(isStale('2025-03-01', '2026-02-28')).toBe(false);
  });
});

describe('negotiateLocale', () => {
  it('picks the best of the six UN languages, else English', () => {
    expect(negotiateLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de-DE,ru;q=0.5,ar;q=0.7')).toBe('ar');
    expect(negotiateLocale('zh-Hant-TW')).toBe('zh');
    expect(negotiateLocale('de')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
  });
});
