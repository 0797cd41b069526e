import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { DESIGNATION_FUNCTIONS } from '../../../common/directory';
import { REGIONAL_GROUPS } from '../../../common/states';
import { useSession } from '../../api/session';
import { LoadError } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { useDebounced } from '../../components/useDebounced';
import { useAuthoritySearch, type SearchFilters } from './directory.api';
import { LanguageList, Verified } from './display';
import { FinderSection } from './FinderSection';
import { StateOptions } from '../states/StateOptions';

/** The directory: the finder, then search over every entry. */
export default function DirectoryPage() {
  const intl = useIntl();
  const session = useSession();
  const isSecretariat = session.data?.user?.organization.kind === 'secretariat';
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'directory.title' })}>
        <p className="lead"><FormattedMessage id="directory.lead" /></p>
      </PageHeading>
      <FinderSection />
      <SearchSection />
      <section aria-labelledby="directory-tools">
        <h2 id="directory-tools"><FormattedMessage id="directory.toolsTitle" /></h2>
        <ul className="link-list">
          <li><a href="/api/v1/directory/export.csv" download><FormattedMessage id="directory.exportCsv" /></a></li>
          <li><a href="/api/v1/directory/export.json" download><FormattedMessage id="directory.exportJson" /></a></li>
          <li><Link to="/directory/print"><FormattedMessage id="directory.print" /></Link></li>
          {isSecretariat && <li><Link to="/directory/import"><FormattedMessage id="directory.import" /></Link></li>}
        </ul>
      </section>
    </>
  );
}

function SearchSection() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [filters, setFilters] = useState<SearchFilters>({ q: '', state: '', function: '', language: '', regionalGroup: '' });
  const [offset, setOffset] = useState(0);
  const results = useAuthoritySearch({ ...filters, q: useDebounced(filters.q), language: useDebounced(filters.language) }, offset);
  const set = (name: keyof SearchFilters, value: string) => {
    setFilters({ ...filters, [name]: value });
    setOffset(0);
  };
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title"><FormattedMessage id="directory.searchTitle" /></h2>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField name="directory-q" type="search" label={t('directory.searchName')} hint={t('directory.searchHint')} value={filters.q} onChange={(e) => set('q', e.target.value)} maxLength={100} />
        <SelectField name="directory-state" label={t('directory.state')} value={filters.state} onChange={(e) => set('state', e.target.value)}>
          <option value="">{t('directory.anyState')}</option>
          <StateOptions />
        </SelectField>
        <SelectField name="directory-function" label={t('directory.function')} value={filters.function} onChange={(e) => set('function', e.target.value)}>
          <option value="">{t('directory.anyFunction')}</option>
          {DESIGNATION_FUNCTIONS.filter((f) => f !== 'governmental_expert').map((f) => <option key={f} value={f}>{t(`designationFunction.${f}`)}</option>)}
        </SelectField>
        <TextField name="directory-language" label={t('directory.languageAccepted')} hint={t('directory.languageHint')} value={filters.language} onChange={(e) => set('language', e.target.value.trim().toLowerCase())} maxLength={3} />
        <SelectField name="directory-group" label={t('states.regionalGroup')} value={filters.regionalGroup} onChange={(e) => set('regionalGroup', e.target.value)}>
          <option value="">{t('states.anyGroup')}</option>
          {REGIONAL_GROUPS.map((g) => <option key={g} value={g}>{t(`regionalGroup.${g}`)}</option>)}
        </SelectField>
      </form>
      {results.error ? <LoadError error={results.error} /> : null}
      <p role="status" className="result-count">
        {results.data ? <FormattedMessage id="directory.count" values={{ count: results.data.total }} /> : <FormattedMessage id="common.loading" />}
      </p>
      {results.data && results.data.total > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="directory.authority" /></th>
              <th scope="col"><FormattedMessage id="directory.state" /></th>
              <th scope="col"><FormattedMessage id="directory.function" /></th>
              <th scope="col"><FormattedMessage id="directory.languageAccepted" /></th>
              <th scope="col"><FormattedMessage id="authority.lastVerified" /></th>
            </tr>
          </thead>
          <tbody>
            {results.data.items.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/directory/authorities/${a.id}`}>{a.name}</Link>
                  {a.territory && <span className="muted"> — {a.territory}</span>}
                </th>
                <td><Link to={`/states/${a.stateCode}`}>{a.stateName}</Link></td>
                <td>{a.functions.map((f) => t(`designationFunction.${f}`)).join(', ') || '—'}</td>
                <td>{a.languagesAccepted ? <LanguageList codes={a.languagesAccepted} /> : '—'}</td>
                <td><Verified on={a.lastVerifiedOn} isStale={a.isStale} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {results.data && <Pager total={results.data.total} limit={results.data.limit} offset={results.data.offset} onChange={setOffset} />}
    </section>
  );
}
