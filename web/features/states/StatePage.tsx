import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { LOCALES } from '../../../common/locales';
import { LoadError } from '../../components/errors';
import { formatPartialDate } from '../../components/format';
import { PageHeading } from '../../components/PageHeading';
import { StateDirectorySection } from '../directory/StateDirectorySection';
import { useStateDetail } from './states.api';

/** One State: its names in the six languages, UNCAC status and regional group. */
export default function StatePage() {
  const intl = useIntl();
  const { code = '' } = useParams();
  const state = useStateDetail(code);
  const t = (id: string) => intl.formatMessage({ id });
  if (state.error) {
    return (
      <>
        <PageHeading title={t('state.notFoundTitle')} />
        <LoadError error={state.error} />
        <p><Link to="/states"><FormattedMessage id="state.backToList" /></Link></p>
      </>
    );
  }
  if (!state.data) return <p role="status"><FormattedMessage id="common.loading" /></p>;
  const s = state.data;
  return (
    <article>
      <p className="breadcrumb"><Link to="/states"><FormattedMessage id="state.backToList" /></Link></p>
      <PageHeading title={s.name}>
        <p className="lead">{t(`stateKind.${s.kind}`)}</p>
      </PageHeading>
      <section aria-labelledby="state-uncac">
        <h2 id="state-uncac"><FormattedMessage id="state.uncacTitle" /></h2>
        <dl className="facts">
          <dt><FormattedMessage id="states.uncacStatus" /></dt>
          <dd><span className={`badge badge--${s.uncac.status}`}>{t(`uncacStatus.${s.uncac.status}`)}</span></dd>
          <dt><FormattedMessage id="state.signature" /></dt>
          <dd>{formatPartialDate(intl, s.uncac.signatureDate)}</dd>
          <dt><FormattedMessage id="state.ratification" /></dt>
          <dd>
            {formatPartialDate(intl, s.uncac.ratificationDate)}
            {s.uncac.instrument && <> ({t(`instrument.${s.uncac.instrument}`)})</>}
          </dd>
          <dt><FormattedMessage id="states.regionalGroup" /></dt>
          <dd>{s.regionalGroup ? t(`regionalGroup.${s.regionalGroup}`) : t('regionalGroup.none')}</dd>
          <dt><FormattedMessage id="states.code" /></dt>
          <dd><span dir="ltr">{s.code}{s.iso3 ? ` / ${s.iso3}` : ''}</span></dd>
        </dl>
      </section>
      <StateDirectorySection code={s.code} />
      <section aria-labelledby="state-names">
        <h2 id="state-names"><FormattedMessage id="state.namesTitle" /></h2>
        <dl className="facts">
          {LOCALES.map((l) => (
            <div key={l.code} className="facts__row">
              <dt>{l.nativeName}</dt>
              <dd><span lang={l.code} dir={l.dir}>{s.names[l.code]}</span></dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
