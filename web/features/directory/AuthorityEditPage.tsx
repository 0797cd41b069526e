import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { AuthorityView } from '../../../common/contracts/directory';
import { ApiError, api } from '../../api/client';
import { ErrorSummary, fieldMessage, LoadError } from '../../components/errors';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { emptyForm, formField, formFrom, toInput, type AuthorityForm } from './authority-form';
import { AuthorityFormFields } from './AuthorityFormFields';
import { useAuthority } from './directory.api';

/** Create (/directory/authorities/new?state=XX) or edit an entry. */
export default function AuthorityEditPage() {
  const intl = useIntl();
  const { id } = useParams();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: id ? 'authorityForm.editTitle' : 'authorityForm.newTitle' })} />
      <RequireSignIn>{() => (id ? <EditExisting id={id} /> : <CreateNew />)}</RequireSignIn>
    </>
  );
}

function CreateNew() {
  const [params] = useSearchParams();
  const today = new Date().toISOString().slice(0, 10);
  return <AuthorityEditor initial={emptyForm((params.get('state') ?? '').toUpperCase(), today)} version={null} id={null} />;
}

function EditExisting({ id }: { id: string }) {
  const authority = useAuthority(id);
  if (authority.error) return <LoadError error={authority.error} />;
  if (!authority.data) return <p role="status"><FormattedMessage id="common.loading" /></p>;
  if (!authority.data.abilities.update) return <LoadError error={new ApiError(404, 'not_found')} />;
  return <AuthorityEditor initial={formFrom(authority.data)} version={authority.data.version} id={id} />;
}

function AuthorityEditor({ initial, version, id }: { initial: AuthorityForm; version: number | null; id: string | null }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState(initial);
  useEffect(() => setForm(initial), [initial]);
  const save = useMutation({
    mutationFn: () =>
      id
        ? api<AuthorityView>(`/directory/authorities/${id}`, { method: 'PUT', body: { ...toInput(form), version } })
        : api<AuthorityView>('/directory/authorities', { method: 'POST', body: toInput(form) }),
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: ['directory'] });
      await navigate(`/directory/authorities/${saved.id}`);
    },
  });
  const errors: Record<string, string> = {};
  if (save.error instanceof ApiError) for (const p of save.error.fields) errors[formField(p.field)] ??= fieldMessage(intl, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="authority-form">
      <ErrorSummary error={save.error} />
      <AuthorityFormFields form={form} setForm={setForm} errors={errors} isNew={id === null} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}><FormattedMessage id="common.save" /></button>{' '}
        <Link to={id ? `/directory/authorities/${id}` : '/directory'}><FormattedMessage id="common.cancel" /></Link>
      </div>
    </form>
  );
}
