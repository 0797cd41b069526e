import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { isStale } from '../../../common/directory';
import { LOCALE_CODES } from '../../../common/locales';
import { PageHeading } from '../../components/PageHeading';
import { useLocale } from '../../i18n/locale';
import { Verified } from './display';
import { useAllStates } from '../states/states.api';

type Row = Record<string, string>;

/** The whole directory on paper: grouped by State, print CSS hides the chrome. */
export default function PrintPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const t = (id: string) => intl.formatMessage({ id });
  const rows = useQuery({
    queryKey: ['directory', 'export'],
    queryFn: async () => (await fetch('/api/v1/directory/export.json', { credentials: 'same-origin' })).json() as Promise<Row[]>,
  });
  const states = useAllStates();
  const stateName = new Map(states.data?.items.map((s) => [s.code, s.name]));
  const byState = new Map<string, Row[]>();
  for (const row of rows.data ?? []) byState.set(row.state!, [...(byState.get(row.state!) ?? []), row]);
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const today = new Date().toISOString().slice(0, 10);
  const name = (row: Row) => row[`name_${locale}`] || row.name_en || row.originalName;
  return (
    <div className="print-directory">
      <PageHeading title={t('directory.printTitle')}>
        <p className="muted">
          <FormattedMessage id="directory.printedOn" values={{ date: intl.formatDate(new Date(), { dateStyle: 'long' }) }} />
        </p>
      </PageHeading>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}><FormattedMessage id="directory.printNow" /></button>
      </p>
      {!rows.data && <p role="status"><FormattedMessage id="common.loading" /></p>}
      {[...byState.entries()].map(([code, entries]) => (
        <section key={code} className="print-state" aria-labelledby={`print-${code}`}>
          <h2 id={`print-${code}`}>{stateName.get(code) ?? code}</h2>
          {entries.map((row, i) => (
            <div key={i} className="print-entry">
              <h3>{name(row)}</h3>
              {name(row) !== row.originalName && <p lang={row.originalLanguage}>{row.originalName}</p>}
              <dl className="facts">
                {row.function && (<><dt>{t('directory.function')}</dt><dd>{t(`designationFunction.${row.function}`)}{row.territory && ` — ${row.territory}`}</dd></>)}
                {row.address && (<><dt>{t('authority.address')}</dt><dd className="pre-line">{row.address}</dd></>)}
                {row.phones && (<><dt>{t('authority.phones')}</dt><dd><span dir="ltr">{row.phones}</span></dd></>)}
                {row.emails && (<><dt>{t('authority.emails')}</dt><dd><span dir="ltr">{row.emails}</span></dd></>)}
                {row.website && (<><dt>{t('authority.website')}</dt><dd><span dir="ltr">{row.website}</span></dd></>)}
                {row.urgentContact && (<><dt>{t('authority.urgentContact')}</dt><dd><span dir="ltr">{row.urgentContact}</span></dd></>)}
                {row.languagesAccepted && (<><dt>{t('authority.languagesAccepted')}</dt><dd>{row.languagesAccepted.split('; ').map((c) => languages.of(c) ?? c).join(', ')}</dd></>)}
                {row.channels && (<><dt>{t('authority.channels')}</dt><dd>{row.channels.split('; ').map((c) => t(`channel.${c}`)).join(', ')}</dd></>)}
                <dt>{t('authority.lastVerified')}</dt><dd><Verified on={row.lastVerifiedOn!} isStale={isStale(row.lastVerifiedOn!, today)} /></dd>
                {LOCALE_CODES.some((l) => row[`notes_${l}`]) && (<><dt>{t('authority.notes')}</dt><dd className="pre-line">{row[`notes_${locale}`] || row.notes_en || ''}</dd></>)}
              </dl>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
