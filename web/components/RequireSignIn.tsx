import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { MeView } from '../../common/contracts/accounts';
import { useSession } from '../api/session';

/** Renders `children(user)` for a signed-in user; otherwise a sign-in prompt. */
export function RequireSignIn({ children }: { children: (user: MeView) => ReactNode }) {
  const session = useSession();
  if (session.isPending) return <p role="status"><FormattedMessage id="common.loading" /></p>;
  const user = session.data?.user;
  if (!user) {
    return (
      <div className="alert alert--info">
        <p><FormattedMessage id="error.unauthenticated" /></p>
        <p><Link to="/login"><FormattedMessage id="nav.signIn" /></Link></p>
      </div>
    );
  }
  return <>{children(user)}</>;
}
