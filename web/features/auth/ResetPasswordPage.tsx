import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { LIMITS } from '../../../common/limits';
import { api } from '../../api/client';
import { ErrorSummary, fieldErrors } from '../../components/errors';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useFragmentToken } from './auth.hooks';

/** Without a token: ask for a reset link. With one (from the e-mail): choose a new password. */
export default function ResetPasswordPage() {
  const token = useFragmentToken();
  return token ? <ChooseNewPassword token={token} /> : <RequestLink />;
}

function RequestLink() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api('/password-resets', { method: 'POST', body: { email } }) });
  const errors = fieldErrors(intl, request.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    request.mutate();
  };
  return (
    <div className="narrow">
      <PageHeading title={t('reset.title')}>
        <p className="lead"><FormattedMessage id="reset.lead" /></p>
      </PageHeading>
      {request.isSuccess && <p className="alert alert--success" role="status"><FormattedMessage id="reset.sent" /></p>}
      <ErrorSummary error={request.error} labels={{ email: t('login.email') }} />
      <form onSubmit={submit} noValidate>
        <TextField name="email" type="email" autoComplete="email" required label={t('login.email')} error={errors.email} value={email} onChange={(e) => setEmail(e.target.value)} />
        <button type="submit" className="button" disabled={request.isPending}><FormattedMessage id="reset.submit" /></button>
      </form>
    </div>
  );
}

function ChooseNewPassword({ token }: { token: string }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, number>) => intl.formatMessage({ id }, values);
  const [password, setPassword] = useState('');
  const complete = useMutation({ mutationFn: () => api('/password-resets/complete', { method: 'POST', body: { token, password } }) });
  const errors = fieldErrors(intl, complete.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    complete.mutate();
  };
  if (complete.isSuccess) {
    return (
      <div className="narrow">
        <PageHeading title={t('reset.doneTitle')} />
        <p className="alert alert--success" role="status"><FormattedMessage id="reset.done" /></p>
        <p><Link to="/login"><FormattedMessage id="nav.signIn" /></Link></p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <PageHeading title={t('reset.newTitle')} />
      <ErrorSummary error={complete.error} labels={{ password: t('reset.newPassword') }} />
      <form onSubmit={submit} noValidate>
        <TextField name="password" type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} label={t('reset.newPassword')} hint={t('password.hint', { min: LIMITS.passwordMin })} error={errors.password} value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="button" disabled={complete.isPending}><FormattedMessage id="reset.save" /></button>
      </form>
    </div>
  );
}
