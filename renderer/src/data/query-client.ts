/**
 * The renderer's cache of what the core answered, and the one place that decides what a failure
 * means: LOCKED shows the unlock screen (whichever screen asked); every other failure is left to
 * the screen to show, in the plain words the core chose.
 */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFailure } from '../api-client.ts';

const onLockedByClient = new WeakMap<QueryClient, () => void>();

/** Whether a failure means the journal is locked (its data must go, the unlock screen must show). */
export function isLockedFailure(error: unknown): boolean {
  return error instanceof ApiFailure && error.code === 'LOCKED';
}

/** Routes a failure of any core call (query, mutation, or a call made outside them) to its handling. */
export function reportCoreFailure(client: QueryClient, error: unknown): void {
  if (isLockedFailure(error)) onLockedByClient.get(client)?.();
}

/**
 * A client for one app session. Nothing goes stale by itself: the core's answers only change
 * when the renderer changes them (mutations invalidate what they touch) or when the core says so
 * (the journal-changed event). There is no network to wait for, and nothing to retry: a failure
 * the core reports is its answer.
 */
export function createCoreQueryClient(onLocked: () => void): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => reportCoreFailure(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => reportCoreFailure(client, error) }),
    defaultOptions: {
      queries: {
        networkMode: 'always',
        retry: false,
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
      mutations: { networkMode: 'always', retry: false },
    },
  });
  onLockedByClient.set(client, onLocked);
  return client;
}
