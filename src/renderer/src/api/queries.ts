import { notifications } from '@mantine/notifications';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';
import { callApi, type ApiCallError } from './client';

export type ApiQueryKey<K extends ApiMethod> = readonly [K, ApiInput<K>];

export const apiQueryKey = <K extends ApiMethod>(method: K, input: ApiInput<K>): ApiQueryKey<K> => [method, input];

type QueryOptions<K extends ApiMethod> = Omit<
  UseQueryOptions<ApiOutput<K>, ApiCallError, ApiOutput<K>, ApiQueryKey<K>>,
  'queryKey' | 'queryFn'
>;

/** Reads one API method through TanStack Query, cached under `[method, input]`. */
export function useApiQuery<K extends ApiMethod>(
  method: K,
  input: ApiInput<K>,
  options?: QueryOptions<K>,
): UseQueryResult<ApiOutput<K>, ApiCallError> {
  return useQuery({
    queryKey: apiQueryKey(method, input),
    queryFn: () => callApi(method, input),
    ...options,
  });
}

type Namespace<M extends string> = M extends `${infer N}.${string}` ? N : never;
/** A method name, or `'reps.*'` for every method of a feature. */
export type Invalidation = ApiMethod | `${Namespace<ApiMethod>}.*`;

export interface ApiMutationOptions<K extends ApiMethod> {
  /** Queries whose data this mutation may change; refetched after it succeeds. */
  invalidates?: readonly Invalidation[];
  /** Notification title when the call fails, e.g. "Could not save the rep". */
  errorTitle?: string;
  /** Return false when the caller shows the error itself (e.g. under a form field). */
  shouldNotify?: (error: ApiCallError, input: ApiInput<K>) => boolean;
  onSuccess?: (value: ApiOutput<K>, input: ApiInput<K>) => void;
  onError?: (error: ApiCallError, input: ApiInput<K>) => void;
}

const matches = (invalidation: Invalidation, method: string): boolean =>
  invalidation.endsWith('.*') ? method.startsWith(invalidation.slice(0, -1)) : method === invalidation;

/** Refetches (or marks stale) every cached query the invalidations name. */
export async function invalidateApiQueries(
  queryClient: QueryClient,
  invalidations: readonly Invalidation[],
): Promise<void> {
  if (invalidations.length === 0) return;
  await queryClient.invalidateQueries({
    predicate: ({ queryKey }) =>
      typeof queryKey[0] === 'string' && invalidations.some((item) => matches(item, String(queryKey[0]))),
  });
}

/** Changes data through one API method; refreshes what it invalidates and tells the manager when it fails. */
export function useApiMutation<K extends ApiMethod>(
  method: K,
  options: ApiMutationOptions<K> = {},
): UseMutationResult<ApiOutput<K>, ApiCallError, ApiInput<K>> {
  const queryClient = useQueryClient();
  const { invalidates = [], errorTitle, shouldNotify, onSuccess, onError } = options;
  return useMutation<ApiOutput<K>, ApiCallError, ApiInput<K>>({
    mutationFn: (input) => callApi(method, input),
    onSuccess: async (value, input) => {
      await invalidateApiQueries(queryClient, invalidates);
      onSuccess?.(value, input);
    },
    onError: (error, input) => {
      if (shouldNotify?.(error, input) ?? true) {
        // The API's messages already say what happened and what to do next.
        notifications.show({ color: 'red', title: errorTitle ?? 'That did not work', message: error.message });
      }
      onError?.(error, input);
    },
  });
}
