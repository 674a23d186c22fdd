import { QueryClient } from '@tanstack/react-query';

/**
 * Answers come from a local process, so a failure is not a flaky network: retrying only delays
 * the error message. Refetch on focus stays on so a second window's edits show up.
 */
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
