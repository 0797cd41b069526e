import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { PageHeading } from '../../components/PageHeading';

const PARTS = ['directory', 'requests', 'knowledge', 'meetings'] as const;

/** What Comity is and what it does, for a first-time visitor. */
export default function HomePage() {
  const intl = useIntl();
  const session = useSession();
  const user = session.data?.user;
  return (
    <article className="home">
      <PageHeading title={intl.formatMessage({ id: 'home.title' })}>
        <p className="lead"><FormattedMessage id="home.lead" /></p>
      </PageHeading>
      {user && (
        <p className="alert alert--info">
          <FormattedMessage id="home.welcomeBack" values={{ name: <bdi>{user.displayName}</bdi>, organization: <bdi>{user.organization.name}</bdi> }} />
        </p>
      )}
      <section aria-labelledby="home-parts">
        <h2 id="home-parts"><FormattedMessage id="home.partsTitle" /></h2>
        <ul className="card-grid">
          {PARTS.map((part) => (
            <li key={part} className="card">
              <h3><FormattedMessage id={`home.part.${part}.title`} /></h3>
              <p><FormattedMessage id={`home.part.${part}.text`} /></p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-start">
        <h2 id="home-start"><FormattedMessage id="home.startTitle" /></h2>
        <ul className="link-list">
          <li><Link to="/directory"><FormattedMessage id="home.findAuthority" /></Link></li>
          <li><Link to="/states"><FormattedMessage id="home.browseStates" /></Link></li>
          {!user && <li><Link to="/login"><FormattedMessage id="home.signIn" /></Link></li>}
        </ul>
      </section>
    </article>
  );
}
