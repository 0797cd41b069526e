import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { REGIONAL_GROUPS, UNCAC_STATUSES } from '../../../common/states';
import { LoadError } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useDebounced } from '../../components/useDebounced';
import { useStates } from './states.api';

/** Every State, filterable by regional group and UNCAC status, searchable in six languages. */
export default function StatesPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const filters = { q: params.get('q') ?? '', regionalGroup: params.get('regionalGroup') ?? '', uncacStatus: params.get('uncacStatus') ?? '' };
  const states = useStates({ ...filters, q: useDebounced(filters.q) });
  const setFilter = (name: keyof typeof filters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const t = (id: string) => intl.formatMessage({ id });

  return (
    <>
      <PageHeading title={t('states.title')}>
        <p className="lead"><FormattedMessage id="states.lead" /></p>
      </PageHeading>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField name="q" type="search" label={t('states.search')} hint={t('states.searchHint')} value={filters.q} onChange={(e) => setFilter('q', e.target.value)} maxLength={100} />
        <SelectField name="regionalGroup" label={t('states.regionalGroup')} value={filters.regionalGroup} onChange={(e) => setFilter('regionalGroup', e.target.value)}>
          <option value="">{t('states.anyGroup')}</option>
          {REGIONAL_GROUPS.map((g) => <option key={g} value={g}>{t(`regionalGroup.${g}`)}</option>)}
        </SelectField>
        <SelectField name="uncacStatus" label={t('states.uncacStatus')} value={filters.uncacStatus} onChange={(e) => setFilter('uncacStatus', e.target.value)}>
          <option value="">{t('states.anyStatus')}</option>
          {UNCAC_STATUSES.map((s) => <option key={s} value={s}>{t(`uncacStatus.${s}`)}</option>)}
        </SelectField>
      </form>
      {states.error ? <LoadError error={states.error} /> : null}
      <p role="status" aria-live="polite" className="result-count">
        {states.data ? <FormattedMessage id="states.count" values={{ count: states.data.total }} /> : <FormattedMessage id="common.loading" />}
      </p>
      {states.data && states.data.total > 0 && (
        <table className="data-table">
          <caption className="visually-hidden"><FormattedMessage id="states.tableCaption" /></caption>
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="states.name" /></th>
              <th scope="col"><FormattedMessage id="states.code" /></th>
              <th scope="col"><FormattedMessage id="states.regionalGroup" /></th>
              <th scope="col"><FormattedMessage id="states.uncacStatus" /></th>
            </tr>
          </thead>
          <tbody>
            {states.data.items.map((s) => (
              <tr key={s.code}>
                <th scope="row"><Link to={`/states/${s.code}`}>{s.name}</Link></th>
                <td><span dir="ltr">{s.code}</span></td>
                <td>{s.regionalGroup ? t(`regionalGroup.${s.regionalGroup}`) : t('regionalGroup.none')}</td>
                <td><span className={`badge badge--${s.uncac.status}`}>{t(`uncacStatus.${s.uncac.status}`)}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
