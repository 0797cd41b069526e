import { useEffect, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

/** The page's one h1 (focus target after navigation) and the document title. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const intl = useIntl();
  useEffect(() => {
    document.title = `${title} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [title, intl]);
  return (
    <div className="page-heading">
      <h1 id="page-heading" tabIndex={-1}>{title}</h1>
      {children}
    </div>
  );
}
