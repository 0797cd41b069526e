import type { IntlShape } from 'react-intl';

/** A calendar date (YYYY, YYYY-MM or YYYY-MM-DD) in the active locale, at the precision given. */
export function formatPartialDate(intl: IntlShape, value: string | null): string {
  if (!value) return '—';
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  if (day) return intl.formatDate(date, { dateStyle: 'long', timeZone: 'UTC' });
  if (month) return intl.formatDate(date, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return intl.formatDate(date, { year: 'numeric', timeZone: 'UTC' });
}

/** A timestamp in the active locale. */
export function formatTimestamp(intl: IntlShape, value: string | null): string {
  return value ? intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' }) : '—';
}
