import { useMemo } from 'react';
import { useLocation } from 'react-router';

/** The one-time token carried in the link's fragment (#token=…), which browsers never send to the server. */
export function useFragmentToken(): string {
  const { hash } = useLocation();
  return useMemo(() => new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '', [hash]);
}
