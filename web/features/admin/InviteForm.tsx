import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { OrganizationView, UserView } from '../../../common/contracts/accounts';
import { LOCALES, type Locale } from '../../../common/locales';
import { ROLES_BY_ORGANIZATION_KIND, type Role } from '../../../common/roles';
import { api } from '../../api/client';
import { ErrorSummary, fieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';

/** An administrator invites someone to one of the organizations they manage. */
export function InviteForm({ organizations }: { organizations: OrganizationView[] }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const client = useQueryClient();
  const empty = { organizationId: '', email: '', displayName: '', role: '' as Role | '', preferredLocale: 'en' as Locale };
  const [form, setForm] = useState(empty);
  const organization = organizations.find((o) => o.id === form.organizationId) ?? organizations[0];
  const roles = organization ? ROLES_BY_ORGANIZATION_KIND[organization.kind] : [];
  const role = form.role && roles.includes(form.role) ? form.role : roles[roles.length - 1];
  const invite = useMutation({
    mutationFn: () =>
      api<UserView>(`/organizations/${organization?.id}/invitations`, {
        method: 'POST',
        body: { email: form.email, displayName: form.displayName, role, preferredLocale: form.preferredLocale },
      }),
    onSuccess: async () => {
      setForm({ ...empty, organizationId: form.organizationId });
      await client.invalidateQueries({ queryKey: ['users'] });
      await client.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
  if (organizations.length === 0) return null;
  const errors = fieldErrors(intl, invite.error);
  const labels = { email: t('invite.email'), displayName: t('invite.displayName'), role: t('invite.role'), preferredLocale: t('invite.language') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  return (
    <section aria-labelledby="invite-title" className="panel">
      <h2 id="invite-title"><FormattedMessage id="invite.title" /></h2>
      {invite.isSuccess && (
        <p className="alert alert--success" role="status">
          <FormattedMessage id="invite.sent" values={{ email: invite.data.email }} />
        </p>
      )}
      <ErrorSummary error={invite.error} labels={labels} />
      <form onSubmit={submit} noValidate className="form-grid">
        <SelectField name="organizationId" label={t('invite.organization')} value={organization?.id} onChange={(e) => setForm({ ...form, organizationId: e.target.value })}>
          {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </SelectField>
        <TextField name="email" type="email" required label={labels.email} error={errors.email} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        <TextField name="displayName" required label={labels.displayName} error={errors.displayName} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        <SelectField name="role" label={labels.role} error={errors.role} value={role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
          {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
        </SelectField>
        <SelectField name="preferredLocale" label={labels.preferredLocale} hint={t('invite.languageHint')} value={form.preferredLocale} onChange={(e) => setForm({ ...form, preferredLocale: e.target.value as Locale })}>
          {LOCALES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={invite.isPending}><FormattedMessage id="invite.submit" /></button>
        </div>
      </form>
    </section>
  );
}
