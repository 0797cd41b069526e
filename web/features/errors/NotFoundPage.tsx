import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

export default function NotFoundPage() {
  const intl = useIntl();
  return (
    <div className="narrow">
      <PageHeading title={intl.formatMessage({ id: 'notFound.title' })} />
      <p><FormattedMessage id="notFound.text" /></p>
      <p><Link to="/"><FormattedMessage id="notFound.home" /></Link></p>
    </div>
  );
}
