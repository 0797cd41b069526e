import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { FieldProblem } from '../../common/errors';
import { ApiError } from '../api/client';

/** The translated sentence for one field problem. */
export function fieldMessage(intl: IntlShape, problem: FieldProblem): string {
  return intl.formatMessage({ id: `field.${problem.reason}` }, { limit: problem.limit ?? '' });
}

/** Field name → translated problem, for the form that sent the request. */
export function fieldErrors(intl: IntlShape, error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fields.map((p) => [p.field, fieldMessage(intl, p)]));
}

/** A translated, announced summary of an API error (code and every named field). */
export function ErrorSummary({ error, labels = {} }: { error: unknown; labels?: Record<string, string> }) {
  const intl = useIntl();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'internal';
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <div className="alert alert--error" role="alert">
      <p><FormattedMessage id={`error.${code}`} /></p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.field}>
              {labels[f.field] ? <a href={`#field-${f.field}`}>{labels[f.field]}</a> : f.field}: {fieldMessage(intl, f)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A full-page message for a failed load (not found, no access, offline). */
export function LoadError({ error }: { error: unknown }) {
  const code = error instanceof ApiError ? error.code : 'internal';
  return (
    <div className="alert alert--error" role="alert">
      <p><FormattedMessage id={`error.${code}`} /></p>
    </div>
  );
}
