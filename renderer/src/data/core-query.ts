/**
 * The screens' way to read from and write to the core: TanStack Query over the typed contract.
 * A query's key is its method and argument, so two screens asking the same thing share one call
 * (settings are fetched once per session), and a change invalidates by method (invalidation.ts).
 */
import {
  keepPreviousData,
  type QueryClient,
  type UseMutationResult,
  type UseQueryResult,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ApiArg, ApiMethod, ApiResults, EntryPage } from '../../../shared/api.ts';
import { type ApiFailure, call } from '../api-client.ts';
import { INVALIDATES } from './invalidation.ts';
import { reportCoreFailure } from './query-client.ts';

type ArgList<K extends ApiMethod> = undefined extends ApiArg<K> ? [arg?: ApiArg<K>] : [arg: ApiArg<K>];

/** The cache key of a method's answer for an argument; `[method]` alone matches every argument. */
export function coreKey<K extends ApiMethod>(method: K, arg?: ApiArg<K>): readonly [K, ApiArg<K> | null] {
  return [method, arg ?? null];
}

/** Reads the methods' answers again wherever they are shown. */
export function invalidateMethods(client: QueryClient, methods: readonly ApiMethod[]): Promise<void> {
  return Promise.all(methods.map((method) => client.invalidateQueries({ queryKey: [method] }))).then(
    () => undefined,
  );
}

export interface CoreQueryOptions {
  /** False holds the call back (e.g. until the user has chosen something). */
  enabled?: boolean;
}

/** The core's answer to one read, cached under its method and argument. */
export function useCoreQuery<K extends ApiMethod>(
  method: K,
  arg: ApiArg<K> | undefined,
  options: CoreQueryOptions = {},
): UseQueryResult<ApiResults[K], ApiFailure> {
  return useQuery<ApiResults[K], ApiFailure>({
    queryKey: coreKey(method, arg),
    queryFn: () => call(method, ...([arg] as ArgList<K>)),
    enabled: options.enabled ?? true,
  });
}

type PagedMethod = 'listEntries' | 'searchEntries';
type PageItem<K extends PagedMethod> = ApiResults[K] extends EntryPage<infer T> ? T : never;

/**
 * A paged listing, one page after another as the list asks for more. While a new filter's first
 * page loads, the previous list stays on screen rather than flashing empty.
 */
export function useCorePages<K extends PagedMethod>(
  method: K,
  arg: Omit<ApiArg<K>, 'cursor'>,
  options: CoreQueryOptions = {},
) {
  const query = useInfiniteQuery<
    ApiResults[K],
    ApiFailure,
    { items: PageItem<K>[]; total: number },
    readonly unknown[],
    string | null
  >({
    queryKey: coreKey(method, arg as ApiArg<K>),
    queryFn: ({ pageParam }) =>
      call(method, ...([{ ...arg, cursor: pageParam }] as unknown as ArgList<K>)) as Promise<ApiResults[K]>,
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => ({
      items: data.pages.flatMap((page) => page.items as PageItem<K>[]),
      total: data.pages[0]?.total ?? 0,
    }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  return query;
}

/**
 * A change to the journal. Once it succeeds, what it made out of date is read again before
 * `mutateAsync` resolves, so the screen that made it shows the result without a stale moment.
 */
export function useCoreMutation<K extends ApiMethod>(
  method: K,
): UseMutationResult<ApiResults[K], ApiFailure, ArgList<K>[0]> {
  const client = useQueryClient();
  return useMutation<ApiResults[K], ApiFailure, ArgList<K>[0]>({
    mutationFn: (arg) => call(method, ...([arg] as ArgList<K>)),
    onSuccess: (value) => {
      if (method === 'updateSettings') client.setQueryData(coreKey('getSettings'), value);
      return invalidateMethods(client, INVALIDATES[method] ?? []);
    },
  });
}

/**
 * For the few calls that cannot wait on a component (a draft saved as the page closes, the lock):
 * the same call, with its failure handled in the same place as every query's.
 */
export function useCoreCall(): <K extends ApiMethod>(
  method: K,
  ...arg: ArgList<K>
) => Promise<ApiResults[K]> {
  const client = useQueryClient();
  return useCallback(
    async <K extends ApiMethod>(method: K, ...arg: ArgList<K>) => {
      try {
        return await call(method, ...arg);
      } catch (error) {
        reportCoreFailure(client, error);
        throw error;
      }
    },
    [client],
  );
}
