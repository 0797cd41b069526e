import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OrganizationView } from '../../../common/contracts/accounts';
import { api } from '../../api/client';
import { useSession } from '../../api/session';
import { ErrorSummary, fieldErrors, LoadError } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { useOrganizations } from './admin.api';
import { useAllStates } from '../states/states.api';
import { StateOptions } from '../states/StateOptions';

/** Organizations: the secretariat and each State's authorities. */
export default function OrganizationsPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'organizations.title' })} />
      <RequireSignIn>{() => <OrganizationsAdmin />}</RequireSignIn>
    </>
  );
}

function OrganizationsAdmin() {
  const session = useSession();
  const organizations = useOrganizations();
  const states = useAllStates();
  const stateNames = new Map(states.data?.items.map((s) => [s.code, s.name]));
  const canCreate = session.data?.user?.role === 'secretariat_admin';
  return (
    <>
      {canCreate && <CreateOrganizationForm />}
      <section aria-labelledby="organizations-list">
        <h2 id="organizations-list"><FormattedMessage id="organizations.listTitle" /></h2>
        {organizations.error ? <LoadError error={organizations.error} /> : null}
        {organizations.data && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col"><FormattedMessage id="organizations.name" /></th>
                <th scope="col"><FormattedMessage id="organizations.kind" /></th>
                <th scope="col"><FormattedMessage id="organizations.state" /></th>
                <th scope="col"><FormattedMessage id="organizations.users" /></th>
              </tr>
            </thead>
            <tbody>
              {organizations.data.items.map((o) => <OrganizationRow key={o.id} organization={o} stateName={o.stateCode ? (stateNames.get(o.stateCode) ?? o.stateCode) : '—'} />)}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function OrganizationRow({ organization: o, stateName }: { organization: OrganizationView; stateName: string }) {
  const intl = useIntl();
  return (
    <tr>
      <th scope="row">{o.name}</th>
      <td><FormattedMessage id={`organizationKind.${o.kind}`} /></td>
      <td>{stateName}</td>
      <td>{intl.formatNumber(o.userCount)}</td>
    </tr>
  );
}

function CreateOrganizationForm() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const client = useQueryClient();
  const [form, setForm] = useState({ stateCode: '', name: '' });
  const create = useMutation({
    mutationFn: () => api<OrganizationView>('/organizations', { method: 'POST', body: form }),
    onSuccess: async () => {
      setForm({ stateCode: '', name: '' });
      await client.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
  const errors = fieldErrors(intl, create.error);
  const labels = { stateCode: t('organizations.state'), name: t('organizations.name') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="organizations-create" className="panel">
      <h2 id="organizations-create"><FormattedMessage id="organizations.createTitle" /></h2>
      {create.isSuccess && <p className="alert alert--success" role="status"><FormattedMessage id="organizations.created" values={{ name: create.data.name }} /></p>}
      <ErrorSummary error={create.error} labels={labels} />
      <form onSubmit={submit} noValidate className="form-grid">
        <SelectField name="stateCode" label={labels.stateCode} required error={errors.stateCode} value={form.stateCode} onChange={(e) => setForm({ ...form, stateCode: e.target.value })}>
          <option value="">{t('organizations.chooseState')}</option>
          <StateOptions />
        </SelectField>
        <TextField name="name" required label={labels.name} hint={t('organizations.nameHint')} error={errors.name} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={create.isPending}><FormattedMessage id="organizations.create" /></button>
        </div>
      </form>
    </section>
  );
}
