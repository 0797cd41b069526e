import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MeView } from '../../../common/contracts/accounts';
import { LIMITS } from '../../../common/limits';
import { LOCALES, type Locale } from '../../../common/locales';
import { api } from '../../api/client';
import { SESSION_KEY } from '../../api/session';
import { ErrorSummary, fieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { useLocale } from '../../i18n/locale';

export default function ProfilePage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'profile.title' })} />
      <RequireSignIn>
        {(user) => (
          <>
            <dl className="facts">
              <dt><FormattedMessage id="profile.email" /></dt>
              <dd>{user.email}</dd>
              <dt><FormattedMessage id="profile.organization" /></dt>
              <dd>{user.organization.name}</dd>
              <dt><FormattedMessage id="profile.role" /></dt>
              <dd><FormattedMessage id={`role.${user.role}`} /></dd>
            </dl>
            <ProfileForm user={user} />
            <PasswordForm />
          </>
        )}
      </RequireSignIn>
    </>
  );
}

function ProfileForm({ user }: { user: MeView }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const client = useQueryClient();
  const { setLocale } = useLocale();
  const [form, setForm] = useState({ displayName: user.displayName, preferredLocale: user.preferredLocale });
  const save = useMutation({
    mutationFn: () => api<MeView>('/profile', { method: 'PATCH', body: form }),
    onSuccess: async (me) => {
      await setLocale(me.preferredLocale);
      await client.invalidateQueries({ queryKey: SESSION_KEY });
    },
  });
  const errors = fieldErrors(intl, save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="profile-details">
      <h2 id="profile-details"><FormattedMessage id="profile.detailsTitle" /></h2>
      {save.isSuccess && <p className="alert alert--success" role="status"><FormattedMessage id="common.saved" /></p>}
      <ErrorSummary error={save.error} labels={{ displayName: t('profile.displayName') }} />
      <form onSubmit={submit} noValidate>
        <TextField name="displayName" required label={t('profile.displayName')} error={errors.displayName} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        <SelectField name="preferredLocale" label={t('profile.language')} value={form.preferredLocale} onChange={(e) => setForm({ ...form, preferredLocale: e.target.value as Locale })}>
          {LOCALES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
        </SelectField>
        <button type="submit" className="button" disabled={save.isPending}><FormattedMessage id="common.save" /></button>
      </form>
    </section>
  );
}

function PasswordForm() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, number>) => intl.formatMessage({ id }, values);
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const change = useMutation({
    mutationFn: () => api('/profile/password', { method: 'POST', body: form }),
    onSuccess: () => setForm({ currentPassword: '', newPassword: '' }),
  });
  const errors = fieldErrors(intl, change.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <section aria-labelledby="profile-password">
      <h2 id="profile-password"><FormattedMessage id="profile.passwordTitle" /></h2>
      {change.isSuccess && <p className="alert alert--success" role="status"><FormattedMessage id="profile.passwordChanged" /></p>}
      <ErrorSummary error={change.error} labels={{ currentPassword: t('profile.currentPassword'), newPassword: t('profile.newPassword') }} />
      <form onSubmit={submit} noValidate>
        <TextField name="currentPassword" type="password" autoComplete="current-password" required label={t('profile.currentPassword')} error={errors.currentPassword} value={form.currentPassword} onChange={(e) => setForm({ ...form, currentPassword: e.target.value })} />
        <TextField name="newPassword" type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} label={t('profile.newPassword')} hint={t('password.hint', { min: LIMITS.passwordMin })} error={errors.newPassword} value={form.newPassword} onChange={(e) => setForm({ ...form, newPassword: e.target.value })} />
        <button type="submit" className="button" disabled={change.isPending}><FormattedMessage id="profile.changePassword" /></button>
      </form>
    </section>
  );
}
