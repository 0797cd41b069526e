import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Requirements } from '../../../common/contracts/directory';
import type { Channel } from '../../../common/directory';

/** Language names (ISO 639 codes) in the interface language. */
export function LanguageList({ codes }: { codes: string[] }) {
  const intl = useIntl();
  if (codes.length === 0) return <FormattedMessage id="directory.notDeclared" />;
  const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
  return <>{intl.formatList(codes.map((c) => names.of(c) ?? c), { type: 'conjunction' })}</>;
}

export function ChannelList({ channels }: { channels: Channel[] }) {
  const intl = useIntl();
  if (channels.length === 0) return <FormattedMessage id="directory.notDeclared" />;
  return (
    <ul className="inline-list">
      {channels.map((c) => <li key={c}>{intl.formatMessage({ id: `channel.${c}` })}</li>)}
    </ul>
  );
}

/** "Verified on …", with a visible warning when the entry is stale. */
export function Verified({ on, isStale }: { on: string; isStale: boolean }) {
  const intl = useIntl();
  const date = intl.formatDate(`${on}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <span className={isStale ? 'badge badge--stale' : 'muted'}>
      <FormattedMessage id={isStale ? 'directory.staleSince' : 'directory.verifiedOn'} values={{ date }} />
    </span>
  );
}

/** The current time at the authority's office, in its own time zone, ticking each minute. */
export function LocalTime({ timeZone }: { timeZone: string }) {
  const intl = useIntl();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const time = intl.formatDate(now, { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });
  return <FormattedMessage id="directory.localTime" values={{ time, zone: timeZone }} />;
}

const yesNo = (value: boolean | null) => (value === null ? 'directory.notDeclared' : value ? 'common.yes' : 'common.no');

/** The structured requirements as a definition list; undeclared ones say so. */
export function RequirementsList({ requirements: r }: { requirements: Requirements }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, number>) => intl.formatMessage({ id }, values);
  const rows: [string, string][] = [
    ['requirement.certification', t(yesNo(r.certification))],
    ['requirement.apostille', t(yesNo(r.apostille))],
    ['requirement.signature', t(yesNo(r.signature))],
    ['requirement.copies', r.copies === null ? t('directory.notDeclared') : intl.formatNumber(r.copies)],
    ['requirement.translationOfAttachments', t(yesNo(r.translationOfAttachments))],
    ['requirement.dualCriminalityCoercive', r.dualCriminalityCoercive ? t(`dualCriminality.${r.dualCriminalityCoercive}`) : t('directory.notDeclared')],
    ['requirement.dualCriminalityNonCoercive', r.dualCriminalityNonCoercive ? t(`dualCriminality.${r.dualCriminalityNonCoercive}`) : t('directory.notDeclared')],
    ['requirement.extraditionTreatyRequired', t(yesNo(r.extraditionTreatyRequired))],
    ['requirement.uncacAsExtraditionBasis', t(yesNo(r.uncacAsExtraditionBasis))],
    ['requirement.extraditionMinimumPenaltyMonths', r.extraditionMinimumPenaltyMonths === null ? t('directory.notDeclared') : t('directory.months', { count: r.extraditionMinimumPenaltyMonths })],
    ['requirement.provisionalArrestDays', r.provisionalArrestDays === null ? t('directory.notDeclared') : t('directory.days', { count: r.provisionalArrestDays })],
  ];
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div className="facts__row" key={label}>
          <dt>{t(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Text in the interface language if there is one, else the first language that has it. */
export function pickText(texts: Record<string, string> | undefined, locale: string): { text: string; lang: string } | null {
  if (!texts) return null;
  if (texts[locale]) return { text: texts[locale]!, lang: locale };
  const first = Object.entries(texts)[0];
  return first ? { text: first[1], lang: first[0] } : null;
}
