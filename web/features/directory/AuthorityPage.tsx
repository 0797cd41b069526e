import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { LOCALES } from '../../../common/locales';
import { LoadError } from '../../components/errors';
import { PageHeading } from '../../components/PageHeading';
import { useAuthority } from './directory.api';
import { ChannelList, LanguageList, LocalTime, pickText, RequirementsList, Verified } from './display';

/** One directory entry, with the fields the reader may see. */
export default function AuthorityPage() {
  const intl = useIntl();
  const { id } = useParams();
  const authority = useAuthority(id);
  if (authority.error) {
    return (
      <>
        <PageHeading title={intl.formatMessage({ id: 'notFound.title' })} />
        <LoadError error={authority.error} />
      </>
    );
  }
  if (!authority.data) return <p role="status"><FormattedMessage id="common.loading" /></p>;
  const a = authority.data;
  const notes = pickText(a.notes, intl.locale);
  const urgentProcedure = pickText(a.urgentProcedure, intl.locale);
  const hidden = <FormattedMessage id="directory.signInToSee" />;
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/directory"><FormattedMessage id="directory.title" /></Link> · <Link to={`/states/${a.stateCode}`}>{a.stateName}</Link>
      </p>
      <PageHeading title={a.name}>
        {a.name !== a.originalName && <p className="lead" lang={a.originalLanguage}>{a.originalName}</p>}
        <p>
          {a.functions.map((f) => intl.formatMessage({ id: `designationFunction.${f}` })).join(' · ')}
          {a.territory && <> — {a.territory}</>}
        </p>
        <p><Verified on={a.lastVerifiedOn} isStale={a.isStale} /></p>
      </PageHeading>
      <p className="actions">
        {a.abilities.update && <Link className="button" to={`/directory/authorities/${a.id}/edit`}><FormattedMessage id="authority.edit" /></Link>}
        <a className="button button--secondary" href={`/api/v1/directory/authorities/${a.id}/vcard`} download><FormattedMessage id="authority.vcard" /></a>
      </p>
      <section aria-labelledby="authority-contact">
        <h2 id="authority-contact"><FormattedMessage id="authority.contactTitle" /></h2>
        <dl className="facts">
          <dt><FormattedMessage id="authority.address" /></dt>
          <dd className="pre-line">{a.address === undefined ? hidden : (a.address ?? '—')}</dd>
          <dt><FormattedMessage id="authority.phones" /></dt>
          <dd>{a.phones === undefined ? hidden : a.phones.length ? a.phones.map((p) => <div key={p} dir="ltr"><a href={`tel:${p.replace(/[^+\d]/g, '')}`}>{p}</a></div>) : '—'}</dd>
          <dt><FormattedMessage id="authority.emails" /></dt>
          <dd>{a.emails === undefined ? hidden : a.emails.length ? a.emails.map((e) => <div key={e} dir="ltr"><a href={`mailto:${e}`}>{e}</a></div>) : '—'}</dd>
          <dt><FormattedMessage id="authority.website" /></dt>
          <dd>{a.website === undefined ? hidden : a.website ? <a href={a.website} dir="ltr">{a.website}</a> : '—'}</dd>
          <dt><FormattedMessage id="authority.officeHours" /></dt>
          <dd>{a.officeHours === undefined ? hidden : (a.officeHours ?? '—')}</dd>
          <dt><FormattedMessage id="authority.officeTime" /></dt>
          <dd><LocalTime timeZone={a.timeZone} /></dd>
          <dt><FormattedMessage id="authority.urgentContact" /></dt>
          <dd>{a.urgentContact === undefined ? hidden : <span dir="ltr">{a.urgentContact ?? '—'}</span>}</dd>
        </dl>
      </section>
      <section aria-labelledby="authority-requests">
        <h2 id="authority-requests"><FormattedMessage id="authority.requestsTitle" /></h2>
        <dl className="facts">
          <dt><FormattedMessage id="authority.languagesAccepted" /></dt>
          <dd>{a.languagesAccepted ? <LanguageList codes={a.languagesAccepted} /> : hidden}</dd>
          <dt><FormattedMessage id="authority.channels" /></dt>
          <dd>{a.channels ? <ChannelList channels={a.channels} /> : hidden}</dd>
          <dt><FormattedMessage id="authority.urgentProcedure" /></dt>
          <dd className="pre-line">{a.urgentProcedure === undefined ? hidden : urgentProcedure ? <span lang={urgentProcedure.lang}>{urgentProcedure.text}</span> : '—'}</dd>
        </dl>
        <h3><FormattedMessage id="authority.requirements" /></h3>
        {a.requirements ? <RequirementsList requirements={a.requirements} /> : <p>{hidden}</p>}
        <h3><FormattedMessage id="authority.notes" /></h3>
        <p className="pre-line">{a.notes === undefined ? hidden : notes ? <span lang={notes.lang}>{notes.text}</span> : '—'}</p>
      </section>
      <section aria-labelledby="authority-names">
        <h2 id="authority-names"><FormattedMessage id="state.namesTitle" /></h2>
        <dl className="facts">
          {LOCALES.filter((l) => a.names[l.code]).map((l) => (
            <div key={l.code} className="facts__row">
              <dt>{l.nativeName}</dt>
              <dd><span lang={l.code} dir={l.dir}>{a.names[l.code]}</span></dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
