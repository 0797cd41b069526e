import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import type { SessionView } from '../../../common/contracts/accounts';
import { api } from '../../api/client';
import { useSetSession } from '../../api/session';
import { ErrorSummary, fieldErrors } from '../../components/errors';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';

export default function LoginPage() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const navigate = useNavigate();
  const setSession = useSetSession();
  const [form, setForm] = useState({ email: '', password: '' });
  const login = useMutation({
    mutationFn: () => api<SessionView>('/session', { method: 'POST', body: form }),
    onSuccess: async (session) => {
      setSession(session);
      await navigate('/');
    },
  });
  const errors = fieldErrors(intl, login.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <div className="narrow">
      <PageHeading title={t('login.title')} />
      <ErrorSummary error={login.error} labels={{ email: t('login.email'), password: t('login.password') }} />
      <form onSubmit={submit} noValidate>
        <TextField name="email" type="email" autoComplete="username" required label={t('login.email')} error={errors.email} value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        <TextField name="password" type="password" autoComplete="current-password" required label={t('login.password')} error={errors.password} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        <button type="submit" className="button" disabled={login.isPending}><FormattedMessage id="login.submit" /></button>
      </form>
      <p><Link to="/reset-password"><FormattedMessage id="login.forgot" /></Link></p>
    </div>
  );
}
