import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { StateView } from '../../../common/contracts/states';
import { api, query } from '../../api/client';
import { useLocale } from '../../i18n/locale';

export interface StateFilters {
  q: string;
  regionalGroup: string;
  uncacStatus: string;
}

/** States matching the filters, named and sorted in the interface language. */
export function useStates(filters: StateFilters) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['states', locale, filters],
    queryFn: ({ signal }) => api<{ items: StateView[]; total: number }>(`/states${query({ ...filters, locale })}`, { signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** One State by ISO code. */
export function useStateDetail(code: string) {
  const { locale } = useLocale();
  return useQuery({
    queryKey: ['state', code, locale],
    queryFn: ({ signal }) => api<StateView>(`/states/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** Every State, named and sorted in the interface language (for pickers and name look-ups). */
export function useAllStates() {
  return useStates(NO_FILTERS);
}

const NO_FILTERS: StateFilters = { q: '', regionalGroup: '', uncacStatus: '' };
