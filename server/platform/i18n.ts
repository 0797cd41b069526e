import { IntlMessageFormat } from 'intl-messageformat';
import { LOCALE_CODES, type Locale } from '../../common/locales';
import ar from './messages/ar.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import es from './messages/es.json' with { type: 'json' };
import fr from './messages/fr.json' with { type: 'json' };
import ru from './messages/ru.json' with { type: 'json' };
import zh from './messages/zh.json' with { type: 'json' };

/** Server-side messages (errors, e-mails), keyed like the English catalog. */
export type ServerMessageKey = keyof typeof en;

const catalogs: Record<Locale, Record<string, string>> = { ar, zh, en, fr, ru, es };
const cache = new Map<string, IntlMessageFormat>();

/** Formats a server message in `locale` with ICU arguments. */
export function translate(locale: Locale, key: ServerMessageKey, values?: Record<string, string | number>): string {
  const id = `${locale}:${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new IntlMessageFormat(catalogs[locale][key] ?? en[key], locale);
    cache.set(id, format);
  }
  return String(format.format(values));
}

/** The server catalogs, for the completeness check. */
export const serverCatalogs = Object.fromEntries(LOCALE_CODES.map((l) => [l, catalogs[l]])) as Record<
  Locale,
  Record<string, string>
>;
