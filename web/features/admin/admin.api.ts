import { useQuery } from '@tanstack/react-query';
import type { OrganizationView, UserView } from '../../../common/contracts/accounts';
import type { MailView } from '../../../common/contracts/notifications';
import { api, query } from '../../api/client';

export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

export function useOrganizations() {
  return useQuery({ queryKey: ['organizations'], queryFn: () => api<{ items: OrganizationView[]; total: number }>('/organizations') });
}

export function useUsers(filters: { organizationId: string; q: string }, offset = 0) {
  return useQuery({ queryKey: ['users', filters, offset], queryFn: () => api<Page<UserView>>(`/users${query({ ...filters, offset })}`) });
}

export function useOutbox() {
  return useQuery({ queryKey: ['outbox'], queryFn: () => api<Page<MailView>>('/outbox') });
}
