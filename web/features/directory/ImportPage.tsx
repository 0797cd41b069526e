import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportReport } from '../../../common/contracts/directory';
import { ApiError, api } from '../../api/client';
import { ErrorSummary, fieldMessage } from '../../components/errors';
import { SelectField } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';

/** The secretariat imports the directory from CSV or JSON; one bad row and nothing is imported. */
export default function ImportPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'import.title' })}>
        <p className="lead"><FormattedMessage id="import.lead" /></p>
      </PageHeading>
      <RequireSignIn>{() => <ImportForm />}</RequireSignIn>
    </>
  );
}

function ImportForm() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const client = useQueryClient();
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [content, setContent] = useState('');
  const submit = useMutation({
    mutationFn: () => api<ImportReport>('/directory/import', { method: 'POST', body: { format, content } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['directory'] }),
  });
  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setFormat(file.name.toLowerCase().endsWith('.json') ? 'json' : 'csv');
    setContent(await file.text());
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  const rows = submit.error instanceof ApiError ? (submit.error.rows ?? []) : [];
  return (
    <>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="import-file"><FormattedMessage id="import.file" /></label>
          <p className="field__hint" id="import-file-hint"><FormattedMessage id="import.fileHint" /></p>
          <input id="import-file" type="file" accept=".csv,.json,text/csv,application/json" aria-describedby="import-file-hint" onChange={(e) => void readFile(e)} />
        </div>
        <SelectField name="format" label={t('import.format')} value={format} onChange={(e) => setFormat(e.target.value as 'csv' | 'json')}>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </SelectField>
        <div className="field">
          <label htmlFor="import-content"><FormattedMessage id="import.content" /></label>
          <textarea id="import-content" rows={10} dir="ltr" value={content} onChange={(e) => setContent(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={submit.isPending || !content}><FormattedMessage id="import.submit" /></button>
      </form>
      {submit.isSuccess && (
        <p className="alert alert--success" role="status">
          <FormattedMessage id="import.done" values={{ ...submit.data }} />
        </p>
      )}
      <ErrorSummary error={submit.error} />
      {rows.length > 0 && (
        <table className="data-table">
          <caption><FormattedMessage id="import.reportCaption" /></caption>
          <thead>
            <tr>
              <th scope="col"><FormattedMessage id="import.row" /></th>
              <th scope="col"><FormattedMessage id="import.column" /></th>
              <th scope="col"><FormattedMessage id="import.problem" /></th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((r) =>
              r.fields.map((f, i) => (
                <tr key={`${r.row}-${i}`}>
                  <th scope="row">{intl.formatNumber(r.row)}</th>
                  <td dir="ltr">{f.field}</td>
                  <td>{fieldMessage(intl, f)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    </>
  );
}
