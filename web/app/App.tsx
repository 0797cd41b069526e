import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import type { Locale } from '../../common/locales';
import { ApiError } from '../api/client';
import { LocaleProvider, type Messages } from '../i18n/locale';
import { router } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a flaky line might.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App(props: { locale: Locale; messages: Messages }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider initial={props.locale} messages={props.messages}>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
