import { FormattedMessage, useIntl } from 'react-intl';
import type { MailView } from '../../../common/contracts/notifications';
import { LOCALES } from '../../../common/locales';
import { LoadError } from '../../components/errors';
import { formatTimestamp } from '../../components/format';
import { PageHeading } from '../../components/PageHeading';
import { RequireSignIn } from '../../components/RequireSignIn';
import { useOutbox } from './admin.api';

/** Mail the platform sent or, without SMTP, kept here for administrators to pass on. */
export default function OutboxPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage({ id: 'outbox.title' })}>
        <p className="lead"><FormattedMessage id="outbox.lead" /></p>
      </PageHeading>
      <RequireSignIn>{() => <OutboxList />}</RequireSignIn>
    </>
  );
}

function OutboxList() {
  const outbox = useOutbox();
  if (outbox.error) return <LoadError error={outbox.error} />;
  if (!outbox.data) return <p role="status"><FormattedMessage id="common.loading" /></p>;
  if (outbox.data.total === 0) return <p><FormattedMessage id="outbox.empty" /></p>;
  return (
    <ul className="mail-list">
      {outbox.data.items.map((mail) => <MailItem key={mail.id} mail={mail} />)}
    </ul>
  );
}

const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

function MailItem({ mail }: { mail: MailView }) {
  const intl = useIntl();
  const dir = LOCALES.find((l) => l.code === mail.locale)?.dir ?? 'ltr';
  return (
    <li className="mail">
      <details>
        <summary>
          <span className="mail__subject" lang={mail.locale} dir={dir}>{mail.subject}</span>
          <span className="muted"> · <span dir="ltr">{mail.recipient}</span> · {formatTimestamp(intl, mail.createdAt)} · <FormattedMessage id={`mailStatus.${mail.status}`} /></span>
        </summary>
        <div className="mail__body" lang={mail.locale} dir={dir}>
          {mail.bodyText.split(URL_PATTERN).map((part, i) =>
            /^https?:\/\//.test(part) ? <a key={i} href={part} dir="ltr">{part}</a> : <span key={i}>{part}</span>,
          )}
        </div>
      </details>
    </li>
  );
}
