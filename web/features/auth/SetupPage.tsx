import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { SessionView } from '../../../common/contracts/accounts';
import { LIMITS } from '../../../common/limits';
import { LOCALES, type Locale } from '../../../common/locales';
import { api } from '../../api/client';
import { useSetSession } from '../../api/session';
import { ErrorSummary, fieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useLocale } from '../../i18n/locale';
import { useFragmentToken } from './auth.hooks';

/** First run: the link printed at start creates the first secretariat administrator. */
export default function SetupPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const token = useFragmentToken();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const [form, setForm] = useState({ email: '', displayName: '', password: '', preferredLocale: locale as Locale });
  const setup = useMutation({
    mutationFn: () => api<SessionView>('/setup', { method: 'POST', body: { ...form, token } }),
    onSuccess: async (session) => {
      setSession(session);
      await navigate('/admin/organizations');
    },
  });
  const errors = fieldErrors(intl, setup.error);
  const labels = { email: t('setup.email'), displayName: t('setup.displayName'), password: t('setup.password'), preferredLocale: t('profile.language') };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate();
  };
  return (
    <div className="narrow">
      <PageHeading title={t('setup.title')}>
        <p className="lead"><FormattedMessage id="setup.lead" /></p>
      </PageHeading>
      {!token && <p className="alert alert--error" role="alert"><FormattedMessage id="setup.noToken" /></p>}
      <ErrorSummary error={setup.error} labels={labels} />
      <form onSubmit={submit} noValidate>
        <TextField name="email" type="email" autoComplete="email" required label={labels.email} error={errors.email} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        <TextField name="displayName" autoComplete="name" required label={labels.displayName} error={errors.displayName} value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
        <TextField name="password" type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} label={labels.password} hint={t('password.hint', { min: LIMITS.passwordMin })} error={errors.password} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        <SelectField name="preferredLocale" label={labels.preferredLocale} value={form.preferredLocale} onChange={(e) => setForm({ ...form, preferredLocale: e.target.value as Locale })}>
          {LOCALES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.nativeName}</option>)}
        </SelectField>
        <button type="submit" className="button" disabled={setup.isPending || !token}><FormattedMessage id="setup.submit" /></button>
      </form>
    </div>
  );
}
