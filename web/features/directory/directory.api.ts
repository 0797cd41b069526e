import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type {
  AuthoritySummary,
  AuthorityView,
  FinderAnswer,
  HistoryEntry,
  StateDirectoryView,
} from '../../../common/contracts/directory';
import type { Measure } from '../../../common/directory';
import { api, query } from '../../api/client';
import { useLocale } from '../../i18n/locale';

export interface SearchFilters {
  q: string;
  state: string;
  function: string;
  language: string;
  regionalGroup: string;
}

export function useAuthoritySearch(filters: SearchFilters, offset = 0) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['directory', 'search', locale, filters, offset],
    queryFn: ({ signal }) =>
      api<{ items: AuthoritySummary[]; total: number; limit: number; offset: number }>(`/directory/authorities${query({ ...filters, locale, offset, limit: 50 })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useFinder(params: { state: string; measure: Measure | ''; urgent: boolean }) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['directory', 'finder', locale, params],
    queryFn: ({ signal }) => api<FinderAnswer>(`/directory/finder${query({ state: params.state, measure: params.measure, urgent: String(params.urgent), locale })}`, { signal }),
    enabled: Boolean(params.state && params.measure),
  });
}

export function useAuthority(id: string | undefined) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['directory', 'authority', id, locale],
    queryFn: ({ signal }) => api<AuthorityView>(`/directory/authorities/${id}${query({ locale })}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useStateDirectory(code: string) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['directory', 'state', code, locale],
    queryFn: ({ signal }) => api<StateDirectoryView>(`/directory/states/${encodeURIComponent(code)}${query({ locale })}`, { signal }),
  });
}

export function useStateHistory(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['directory', 'history', code],
    queryFn: ({ signal }) => api<{ items: HistoryEntry[] }>(`/directory/states/${encodeURIComponent(code)}/history`, { signal }),
    enabled,
  });
}
