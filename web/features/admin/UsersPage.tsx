import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UserView } from '../../../common/contracts/accounts';
import { ROLES_BY_ORGANIZATION_KIND, type Role } from '../../../common/roles';
import { api } from '../../api/client';
import { ErrorSummary, LoadError } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { formatTimestamp } from '../../components/format';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { useDebounced } from '../../components/useDebounced';
import { RequireSignIn } from '../../components/RequireSignIn';
import { useOrganizations, useUsers } from './admin.api';
import { InviteForm } from './InviteForm';

/** Users of the organizations the administrator manages, and invitations. */
export default function UsersPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'users.title' })} />
      <RequireSignIn>{() => <UsersAdmin />}</RequireSignIn>
    </>
  );
}

function UsersAdmin() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [filters, setFiltersState] = useState({ organizationId: '', q: '' });
  const [offset, setOffset] = useState(0);
  const setFilters = (next: typeof filters) => {
    setFiltersState(next);
    setOffset(0);
  };
  const organizations = useOrganizations();
  const users = useUsers({ ...filters, q: useDebounced(filters.q) }, offset);
  return (
    <>
      <InviteForm organizations={organizations.data?.items.filter((o) => o.abilities.invite) ?? []} />
      <section aria-labelledby="users-list">
        <h2 id="users-list"><FormattedMessage id="users.listTitle" /></h2>
        <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <TextField name="q" type="search" label={t('users.search')} value={filters.q} onChange={(e) => setFilters({ ...filters, q: e.target.value })} />
          <SelectField name="organizationId" label={t('users.organization')} value={filters.organizationId} onChange={(e) => setFilters({ ...filters, organizationId: e.target.value })}>
            <option value="">{t('users.allOrganizations')}</option>
            {organizations.data?.items.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </SelectField>
        </form>
        {users.error ? <LoadError error={users.error} /> : null}
        <p role="status" className="result-count">
          {users.data ? <FormattedMessage id="users.count" values={{ count: users.data.total }} /> : <FormattedMessage id="common.loading" />}
        </p>
        {users.data && users.data.total > 0 && (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col"><FormattedMessage id="users.name" /></th>
                <th scope="col"><FormattedMessage id="users.organization" /></th>
                <th scope="col"><FormattedMessage id="users.role" /></th>
                <th scope="col"><FormattedMessage id="users.status" /></th>
                <th scope="col"><FormattedMessage id="users.lastLogin" /></th>
                <th scope="col"><FormattedMessage id="users.actions" /></th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((u) => <UserRow key={u.id} user={u} />)}
            </tbody>
          </table>
        )}
        {users.data && <Pager total={users.data.total} limit={users.data.limit} offset={users.data.offset} onChange={setOffset} />}
      </section>
    </>
  );
}

function UserRow({ user }: { user: UserView }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const client = useQueryClient();
  const update = useMutation({
    mutationFn: (body: { role?: Role; status?: 'active' | 'disabled' }) => api<UserView>(`/users/${user.id}`, { method: 'PATCH', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
  const roles = ROLES_BY_ORGANIZATION_KIND[user.stateCode ? 'authority' : 'secretariat'];
  return (
    <tr>
      <th scope="row">
        {user.displayName}
        <br />
        <span className="muted" dir="ltr">{user.email}</span>
      </th>
      <td>{user.organizationName}</td>
      <td>
        {user.abilities.update ? (
          <select aria-label={t('users.roleOf', { name: user.displayName })} value={user.role} onChange={(e) => update.mutate({ role: e.target.value as Role })}>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        ) : (
          t(`role.${user.role}`)
        )}
      </td>
      <td><span className={`badge badge--${user.status}`}>{t(`userStatus.${user.status}`)}</span></td>
      <td>{formatTimestamp(intl, user.lastLoginAt)}</td>
      <td>
        {user.abilities.update && user.status !== 'invited' && (
          <button type="button" className="button button--secondary" onClick={() => update.mutate({ status: user.status === 'active' ? 'disabled' : 'active' })}>
            {t(user.status === 'active' ? 'users.disable' : 'users.enable', { name: user.displayName })}
          </button>
        )}
        <ErrorSummary error={update.error} />
      </td>
    </tr>
  );
}
