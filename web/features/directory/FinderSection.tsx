import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import type { FinderAnswer } from '../../../common/contracts/directory';
import { MEASURES, type Measure } from '../../../common/directory';
import { LoadError } from '../../components/errors';
import { SelectField } from '../../components/Field';
import { useFinder } from './directory.api';
import { ChannelList, LanguageList, LocalTime, RequirementsList, Verified } from './display';
import { StateOptions } from '../states/StateOptions';

/** Given the requested State, the measure and urgency: which authority, how, in which language, with which requirements. */
export function FinderSection() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? '';
  const measure = (params.get('measure') ?? '') as Measure | '';
  const urgent = params.get('urgent') === 'true';
  const finder = useFinder({ state, measure, urgent });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <section aria-labelledby="finder-title" className="panel">
      <h2 id="finder-title"><FormattedMessage id="finder.title" /></h2>
      <p><FormattedMessage id="finder.lead" /></p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectField name="finder-state" label={t('finder.requestedState')} value={state} onChange={(e) => set('state', e.target.value)}>
          <option value="">{t('finder.chooseState')}</option>
          <StateOptions />
        </SelectField>
        <SelectField name="finder-measure" label={t('finder.measure')} value={measure} onChange={(e) => set('measure', e.target.value)}>
          <option value="">{t('finder.chooseMeasure')}</option>
          {MEASURES.map((m) => <option key={m} value={m}>{t(`measure.${m}`)}</option>)}
        </SelectField>
        <div className="field field--checkbox">
          <input id="finder-urgent" type="checkbox" checked={urgent} onChange={(e) => set('urgent', e.target.checked ? 'true' : '')} />
          <label htmlFor="finder-urgent"><FormattedMessage id="finder.urgent" /></label>
        </div>
      </form>
      <div aria-live="polite">
        {finder.error ? <LoadError error={finder.error} /> : null}
        {finder.data && <FinderResult answer={finder.data} />}
      </div>
    </section>
  );
}

function FinderResult({ answer }: { answer: FinderAnswer }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  return (
    <div className="finder-result">
      <h3>
        <FormattedMessage id="finder.resultTitle" values={{ state: answer.stateName, measure: t(`measure.${answer.measure}`) }} />
      </h3>
      {answer.advice.length > 0 && (
        <ul className="advice-list">
          {answer.advice.map((a) => <li key={a}>{t(`finder.advice.${a}`)}</li>)}
        </ul>
      )}
      {answer.answers.map(({ authority, territory, channels, languages }) => (
        <article key={authority.id} className="card finder-card">
          <h4><Link to={`/directory/authorities/${authority.id}`}>{authority.name}</Link></h4>
          {authority.name !== authority.originalName && <p lang={authority.originalLanguage} className="muted">{authority.originalName}</p>}
          <p><FormattedMessage id={`designationFunction.${answer.function}`} />{territory && <> — {territory}</>}</p>
          <dl className="facts">
            <dt><FormattedMessage id="finder.channel" /></dt>
            <dd>{authority.channels ? <ChannelList channels={channels} /> : <FormattedMessage id="directory.signInToSee" />}</dd>
            <dt><FormattedMessage id="finder.language" /></dt>
            <dd>{authority.languagesAccepted ? <LanguageList codes={languages} /> : <FormattedMessage id="directory.signInToSee" />}</dd>
            {answer.urgent && authority.urgentContact && (
              <>
                <dt><FormattedMessage id="authority.urgentContact" /></dt>
                <dd><span dir="ltr">{authority.urgentContact}</span></dd>
              </>
            )}
            <dt><FormattedMessage id="authority.officeTime" /></dt>
            <dd><LocalTime timeZone={authority.timeZone} /></dd>
            <dt><FormattedMessage id="authority.lastVerified" /></dt>
            <dd><Verified on={authority.lastVerifiedOn} isStale={authority.isStale} /></dd>
          </dl>
          <h5><FormattedMessage id="authority.requirements" /></h5>
          {authority.requirements ? <RequirementsList requirements={authority.requirements} /> : <p><FormattedMessage id="directory.signInToSee" /></p>}
        </article>
      ))}
      {answer.related.length > 0 && (
        <>
          <h4><FormattedMessage id="finder.related" /></h4>
          <ul>
            {answer.related.map((r) => (
              <li key={`${r.function}-${r.authority.id}`}>
                <Link to={`/directory/authorities/${r.authority.id}`}>{r.authority.name}</Link> (<FormattedMessage id={`designationFunction.${r.function}`} />)
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
