import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { isLocale, localeDir, negotiateLocale, type Locale } from '../../common/locales';
import { setApiLocale } from '../api/client';

export type Messages = Record<string, string>;

const loaders = import.meta.glob<Messages>('./messages/*.json', { import: 'default' });
const STORAGE_KEY = 'comity.locale';

/** Loads one catalog; each language is its own small chunk. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return loaders[`./messages/${locale}.json`]!();
}

/** The language to start in: the last one chosen here, else the browser's. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  return negotiateLocale(navigator.languages.join(','));
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleState | null>(null);

/** The active language: sets <html lang dir>, loads its catalog, and tells the API client. */
export function LocaleProvider(props: { initial: Locale; messages: Messages; children: ReactNode }) {
  const [state, setState] = useState({ locale: props.initial, messages: props.messages });

  useEffect(() => {
    document.documentElement.lang = state.locale;
    document.documentElement.dir = localeDir(state.locale);
    setApiLocale(state.locale);
  }, [state.locale]);

  // Catalogs load asynchronously: when two switches overlap, the last one asked for wins.
  const latest = useRef(0);
  const setLocale = useCallback(async (locale: Locale) => {
    const ticket = ++latest.current;
    const messages = await loadMessages(locale);
    if (ticket !== latest.current) return;
    localStorage.setItem(STORAGE_KEY, locale);
    setState({ locale, messages });
  }, []);

  const value = useMemo(() => ({ locale: state.locale, setLocale }), [state.locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={state.locale} messages={state.messages} defaultLocale="en">
        {props.children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}
