import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { DesignationView, StateDirectoryView } from '../../../common/contracts/directory';
import { DESIGNATION_FUNCTIONS, PERSON_FUNCTIONS, type DesignationFunction } from '../../../common/directory';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorSummary, fieldErrors, LoadError } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { formatTimestamp } from '../../components/format';
import { useStateDirectory, useStateHistory } from './directory.api';
import { LanguageList, RequirementsList, Verified } from './display';

/** The State profile's directory part: designations, languages, requirements, history. */
export function StateDirectorySection({ code }: { code: string }) {
  const profile = useStateDirectory(code);
  const session = useSession();
  if (profile.error) return <LoadError error={profile.error} />;
  if (!profile.data) return <p role="status"><FormattedMessage id="common.loading" /></p>;
  const p = profile.data;
  return (
    <>
      <section aria-labelledby="state-directory">
        <h2 id="state-directory"><FormattedMessage id="stateDirectory.title" /></h2>
        <dl className="facts">
          <dt><FormattedMessage id="stateDirectory.languages" /></dt>
          <dd>{p.languagesAccepted.length ? <LanguageList codes={p.languagesAccepted} /> : <FormattedMessage id="directory.notDeclared" />}</dd>
          <dt><FormattedMessage id="authority.lastVerified" /></dt>
          <dd>{p.lastVerifiedOn ? <Verified on={p.lastVerifiedOn} isStale={p.isStale} /> : '—'}</dd>
        </dl>
        {p.abilities.edit && (
          <p className="actions">
            <Link className="button" to={`/directory/authorities/new?state=${p.stateCode}`}><FormattedMessage id="stateDirectory.addEntry" /></Link>
          </p>
        )}
        <Designations title="stateDirectory.current" list={p.current} editable={p.abilities.edit} />
        {p.past.length > 0 && <Designations title="stateDirectory.past" list={p.past} editable={false} />}
        {p.abilities.edit && <DesignateForm profile={p} />}
      </section>
      <section aria-labelledby="state-requirements">
        <h2 id="state-requirements"><FormattedMessage id="stateDirectory.requirementsTitle" /></h2>
        {p.mlaRequirements ? <RequirementsList requirements={p.mlaRequirements} /> : <p><FormattedMessage id={session.data?.user ? 'directory.notDeclared' : 'directory.signInToSee'} /></p>}
        <h3><FormattedMessage id="stateDirectory.extraditionTitle" /></h3>
        {p.extraditionRequirements ? (
          <p>
            <FormattedMessage id={p.extraditionRequirements.uncacAsExtraditionBasis === null ? 'stateDirectory.basisUnknown' : p.extraditionRequirements.uncacAsExtraditionBasis ? 'stateDirectory.basisAccepted' : 'stateDirectory.basisNotAccepted'} />{' '}
            {p.extraditionRequirements.extraditionTreatyRequired && <FormattedMessage id="stateDirectory.treatyRequired" />}
          </p>
        ) : (
          <p><FormattedMessage id={session.data?.user ? 'directory.notDeclared' : 'directory.signInToSee'} /></p>
        )}
      </section>
      {session.data?.user && <History code={p.stateCode} />}
    </>
  );
}

function Designations({ title, list, editable }: { title: string; list: DesignationView[]; editable: boolean }) {
  const intl = useIntl();
  const date = (d: string | null) => (d ? intl.formatDate(`${d}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }) : '—');
  return (
    <>
      <h3><FormattedMessage id={title} /></h3>
      {list.length === 0 ? (
        <p><FormattedMessage id="stateDirectory.none" /></p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="directory.function" /></th>
              <th scope="col"><FormattedMessage id="stateDirectory.holder" /></th>
              <th scope="col"><FormattedMessage id="stateDirectory.period" /></th>
              <th scope="col"><FormattedMessage id="stateDirectory.notification" /></th>
              {editable && <th scope="col"><FormattedMessage id="users.actions" /></th>}
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <FormattedMessage id={`designationFunction.${d.function}`} />
                  {d.territory && <span className="muted"> — {d.territory}</span>}
                </th>
                <td>
                  {d.authorityId ? <Link to={`/directory/authorities/${d.authorityId}`}>{d.authorityName}</Link> : d.person?.name}
                  {d.person?.title && <span className="muted">, {d.person.title}</span>}
                  {d.person?.email && <div dir="ltr"><a href={`mailto:${d.person.email}`}>{d.person.email}</a></div>}
                </td>
                <td>{date(d.startDate)} – {d.endDate ? date(d.endDate) : <FormattedMessage id="stateDirectory.ongoing" />}</td>
                <td>{d.notificationReference ?? '—'}{d.notificationDate && <span className="muted"> ({date(d.notificationDate)})</span>}</td>
                {editable && <td><EndButton designation={d} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function EndButton({ designation }: { designation: DesignationView }) {
  const intl = useIntl();
  const client = useQueryClient();
  const [endDate, setEndDate] = useState(new Date().toISOString().slice(0, 10));
  const end = useMutation({
    mutationFn: () => api(`/directory/designations/${designation.id}/end`, { method: 'POST', body: { endDate } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['directory'] }),
  });
  const label = intl.formatMessage({ id: 'stateDirectory.endOn' }, { name: designation.authorityName ?? designation.person?.name ?? '' });
  return (
    <div className="inline-form">
      <input type="date" aria-label={label} value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      <button type="button" className="button button--secondary" onClick={() => end.mutate()} disabled={end.isPending}>
        <FormattedMessage id="stateDirectory.end" />
      </button>
      <ErrorSummary error={end.error} />
    </div>
  );
}

function DesignateForm({ profile }: { profile: StateDirectoryView }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const client = useQueryClient();
  const empty = { function: 'central_authority_mla' as DesignationFunction, authorityId: '', personName: '', personTitle: '', personEmail: '', territory: '', startDate: '', notificationReference: '', notificationDate: '' };
  const [form, setForm] = useState(empty);
  const isPerson = PERSON_FUNCTIONS.includes(form.function);
  const designate = useMutation({
    mutationFn: () =>
      api('/directory/designations', {
        method: 'POST',
        body: {
          stateCode: profile.stateCode,
          function: form.function,
          territory: form.territory.trim() || null,
          authorityId: isPerson ? null : form.authorityId || null,
          person: isPerson ? { name: form.personName, title: form.personTitle.trim() || null, email: form.personEmail.trim() || null } : null,
          startDate: form.startDate,
          endDate: null,
          notificationReference: form.notificationReference.trim() || null,
          notificationDate: form.notificationDate || null,
        },
      }),
    onSuccess: async () => {
      setForm(empty);
      await client.invalidateQueries({ queryKey: ['directory'] });
    },
  });
  const errors = fieldErrors(intl, designate.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    designate.mutate();
  };
  return (
    <div className="panel">
      <h3><FormattedMessage id="stateDirectory.designateTitle" /></h3>
      <ErrorSummary error={designate.error} />
      <form onSubmit={submit} noValidate className="form-grid">
        <SelectField name="function" label={t('directory.function')} value={form.function} onChange={(e) => setForm({ ...form, function: e.target.value as DesignationFunction })}>
          {DESIGNATION_FUNCTIONS.map((f) => <option key={f} value={f}>{t(`designationFunction.${f}`)}</option>)}
        </SelectField>
        {isPerson ? (
          <>
            <TextField name="personName" label={t('stateDirectory.personName')} error={errors['person'] ?? errors['person.name']} value={form.personName} onChange={(e) => setForm({ ...form, personName: e.target.value })} />
            <TextField name="personTitle" label={t('stateDirectory.personTitle')} value={form.personTitle} onChange={(e) => setForm({ ...form, personTitle: e.target.value })} />
            <TextField name="personEmail" type="email" label={t('authority.emails')} error={errors['person.email']} value={form.personEmail} onChange={(e) => setForm({ ...form, personEmail: e.target.value })} />
          </>
        ) : (
          <SelectField name="authorityId" label={t('directory.authority')} error={errors.authorityId} value={form.authorityId} onChange={(e) => setForm({ ...form, authorityId: e.target.value })}>
            <option value="">{t('stateDirectory.chooseAuthority')}</option>
            {profile.authorities.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </SelectField>
        )}
        <TextField name="territory" label={t('authorityForm.territory')} hint={t('authorityForm.territoryHint')} value={form.territory} onChange={(e) => setForm({ ...form, territory: e.target.value })} />
        <TextField name="startDate" type="date" label={t('stateDirectory.startDate')} error={errors.startDate} value={form.startDate} onChange={(e) => setForm({ ...form, startDate: e.target.value })} />
        <TextField name="notificationReference" label={t('stateDirectory.notificationReference')} hint={t('stateDirectory.notificationHint')} value={form.notificationReference} onChange={(e) => setForm({ ...form, notificationReference: e.target.value })} />
        <TextField name="notificationDate" type="date" label={t('stateDirectory.notificationDate')} error={errors.notificationDate} value={form.notificationDate} onChange={(e) => setForm({ ...form, notificationDate: e.target.value })} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={designate.isPending}><FormattedMessage id="stateDirectory.designate" /></button>
        </div>
      </form>
    </div>
  );
}

function History({ code }: { code: string }) {
  const intl = useIntl();
  const history = useStateHistory(code, true);
  return (
    <section aria-labelledby="state-history">
      <h2 id="state-history"><FormattedMessage id="stateDirectory.historyTitle" /></h2>
      {history.error ? <LoadError error={history.error} /> : null}
      {history.data && history.data.items.length === 0 && <p><FormattedMessage id="stateDirectory.noHistory" /></p>}
      {history.data && history.data.items.length > 0 && (
        <ol className="history">
          {history.data.items.map((h, i) => {
            const changes = (h.details.changes ?? {}) as Record<string, unknown>;
            return (
              <li key={i}>
                <span className="muted">{formatTimestamp(intl, h.at)}</span> · <FormattedMessage id={`history.${h.action}`} /> · {h.actorName ?? intl.formatMessage({ id: 'history.system' })}
                {Object.keys(changes).length > 0 && (
                  <span className="muted"> — {Object.keys(changes).map((f) => intl.formatMessage({ id: `historyField.${f}` })).join(', ')}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
