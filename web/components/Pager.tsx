import { FormattedMessage, useIntl } from 'react-intl';

/** Previous/next over a paged list, with "41–50 of 120" announced politely. */
export function Pager({ total, limit, offset, onChange }: { total: number; limit: number; offset: number; onChange: (offset: number) => void }) {
  const intl = useIntl();
  if (total <= limit) return null;
  return (
    <nav className="pager" aria-label={intl.formatMessage({ id: 'pager.label' })}>
      <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        <FormattedMessage id="pager.previous" />
      </button>
      <span aria-live="polite">
        <FormattedMessage id="pager.range" values={{ from: offset + 1, to: Math.min(offset + limit, total), total }} />
      </span>
      <button type="button" className="button button--secondary" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        <FormattedMessage id="pager.next" />
      </button>
    </nav>
  );
}
