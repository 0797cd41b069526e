import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { SessionView } from '../../common/contracts/accounts';
import { api, setCsrfToken } from './client';

export const SESSION_KEY = ['session'] as const;

/** Who is signed in; keeps the CSRF token current for the client. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => {
      const session = await api<SessionView>('/session');
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 60_000,
  });
}

/** Stores a session answered by sign-in, setup or invitation acceptance. */
export function useSetSession() {
  const client = useQueryClient();
  return (session: SessionView) => {
    setCsrfToken(session.csrfToken);
    client.setQueryData(SESSION_KEY, session);
  };
}
