import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { InvitationView, SessionView } from '../../../common/contracts/accounts';
import { LIMITS } from '../../../common/limits';
import { api } from '../../api/client';
import { useSetSession } from '../../api/session';
import { ErrorSummary, fieldErrors, LoadError } from '../../components/errors';
import { TextField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { useFragmentToken } from './auth.hooks';

/** The invitee sees what they are joining, chooses a password, and is signed in. */
export default function InvitationPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const token = useFragmentToken();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api<InvitationView>('/invitations/lookup', { method: 'POST', body: { token } }),
    enabled: Boolean(token),
  });
  const [password, setPassword] = useState('');
  const accept = useMutation({
    mutationFn: () => api<SessionView>('/invitations/accept', { method: 'POST', body: { token, password } }),
    onSuccess: async (session) => {
      setSession(session);
      await navigate('/');
    },
  });
  const errors = fieldErrors(intl, accept.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    accept.mutate();
  };
  return (
    <div className="narrow">
      <PageHeading title={t('invitation.title')} />
      {!token && <p className="alert alert--error" role="alert"><FormattedMessage id="error.token_invalid" /></p>}
      {invitation.error ? <LoadError error={invitation.error} /> : null}
      {invitation.data && (
        <>
          <p className="lead">
            <FormattedMessage
              id="invitation.lead"
              values={{ name: <bdi>{invitation.data.displayName}</bdi>, organization: <bdi>{invitation.data.organizationName}</bdi>, role: t(`role.${invitation.data.role}`) }}
            />
          </p>
          <ErrorSummary error={accept.error} labels={{ password: t('invitation.password') }} />
          <form onSubmit={submit} noValidate>
            <input type="email" name="username" autoComplete="username" value={invitation.data.email} readOnly hidden />
            <TextField name="password" type="password" autoComplete="new-password" required minLength={LIMITS.passwordMin} label={t('invitation.password')} hint={t('password.hint', { min: LIMITS.passwordMin })} error={errors.password} value={password} onChange={(e) => setPassword(e.target.value)} />
            <button type="submit" className="button" disabled={accept.isPending}><FormattedMessage id="invitation.submit" /></button>
          </form>
        </>
      )}
    </div>
  );
}
