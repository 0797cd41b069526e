import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { LOCALES, type Locale } from '../../common/locales';
import { api } from '../api/client';
import { SESSION_KEY, useSession } from '../api/session';
import { useLocale } from '../i18n/locale';

/** Page frame: skip link, header with navigation and language switcher, main, footer. */
export function Shell() {
  const intl = useIntl();
  const location = useLocation();
  const session = useSession();
  const user = session.data?.user ?? null;
  const isAdmin = user?.role === 'secretariat_admin' || user?.role === 'authority_admin';
  useFocusOnNavigation(location.pathname);
  useProfileLanguage(user?.id, user?.preferredLocale);

  return (
    <>
      <a className="skip-link" href="#main">
        <FormattedMessage id="shell.skipToContent" />
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label={intl.formatMessage({ id: 'shell.homeLink' })}>
            <span aria-hidden="true" className="brand__mark" />
            <FormattedMessage id="app.name" />
          </NavLink>
          <nav aria-label={intl.formatMessage({ id: 'shell.mainNavigation' })}>
            <ul className="nav-list">
              <li><NavLink to="/" end><FormattedMessage id="nav.home" /></NavLink></li>
              <li><NavLink to="/directory"><FormattedMessage id="nav.directory" /></NavLink></li>
              <li><NavLink to="/states"><FormattedMessage id="nav.states" /></NavLink></li>
              {isAdmin && <li><NavLink to="/admin/users"><FormattedMessage id="nav.users" /></NavLink></li>}
              {isAdmin && <li><NavLink to="/admin/organizations"><FormattedMessage id="nav.organizations" /></NavLink></li>}
              {isAdmin && <li><NavLink to="/admin/outbox"><FormattedMessage id="nav.outbox" /></NavLink></li>}
            </ul>
          </nav>
          <div className="site-header__tools">
            <LanguageSwitcher signedIn={Boolean(user)} />
            {user ? <UserMenu name={user.displayName} /> : <NavLink to="/login" className="button button--secondary"><FormattedMessage id="nav.signIn" /></NavLink>}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p><FormattedMessage id="shell.footer" /></p>
        <p><a href="/api/docs"><FormattedMessage id="shell.apiDocs" /></a></p>
      </footer>
    </>
  );
}

function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { locale, setLocale } = useLocale();
  const client = useQueryClient();
  const change = async (next: Locale) => {
    await setLocale(next);
    if (signedIn) {
      await api('/profile', { method: 'PATCH', body: { preferredLocale: next } });
      await client.invalidateQueries({ queryKey: SESSION_KEY });
    }
  };
  return (
    <div className="language-switcher">
      <label htmlFor="language-select"><FormattedMessage id="shell.language" /></label>
      <select id="language-select" value={locale} onChange={(e) => void change(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>
        ))}
      </select>
    </div>
  );
}

function UserMenu({ name }: { name: string }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const signOut = async () => {
    await api('/session', { method: 'DELETE' });
    client.clear();
    await navigate('/');
  };
  return (
    <div className="user-menu">
      <NavLink to="/profile">{name}</NavLink>
      <button type="button" className="button button--secondary" onClick={() => void signOut()}>
        <FormattedMessage id="nav.signOut" />
      </button>
    </div>
  );
}

/** After each navigation, focus moves to the new page's heading so screen readers announce it. */
function useFocusOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const target = document.getElementById('page-heading') ?? document.getElementById('main');
    target?.focus();
  }, [pathname]);
}

/** When someone signs in, the interface switches to the language in their profile. */
function useProfileLanguage(userId: string | undefined, preferred: Locale | undefined) {
  const { locale, setLocale } = useLocale();
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!userId || !preferred || seen.current === userId) return;
    seen.current = userId;
    if (preferred !== locale) void setLocale(preferred);
  }, [userId, preferred, locale, setLocale]);
}
