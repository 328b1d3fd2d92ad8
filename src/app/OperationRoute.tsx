import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ComponentProps } from 'react';
import { OperationPage } from '../features/operation/OperationPage.tsx';

// Only the operation page sends requests: react-query comes with it, not with the overview's first paint.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
});

/** The operation page with what it needs around it (the query client); one client for the page's life. */
export function OperationRoute(props: ComponentProps<typeof OperationPage>) {
  return (
    <QueryClientProvider client={queryClient}>
      <OperationPage {...props} />
    </QueryClientProvider>
  );
}
