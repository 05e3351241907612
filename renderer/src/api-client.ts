/**
 * The renderer's way to call the core. `call` unwraps a Result: it returns the value, or throws
 * an `ApiFailure` carrying the code and the plain message to show the user.
 */
import type { ApiArg, ApiError, ApiMethod, ApiResults, ErrorCode } from '../../shared/api.ts';

export class ApiFailure extends Error {
  readonly code: ErrorCode;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
  }
}

/** Calls one API method and returns its value; throws ApiFailure when the core says no. */
export async function call<K extends ApiMethod>(method: K, ...arg: ApiArgList<K>): Promise<ApiResults[K]> {
  const fn = window.interlude[method] as (
    arg?: unknown,
  ) => Promise<{ ok: true; value: ApiResults[K] } | { ok: false; error: ApiError }>;
  const result = await fn(arg[0]);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value;
}

type ApiArgList<K extends ApiMethod> = undefined extends ApiArg<K> ? [arg?: ApiArg<K>] : [arg: ApiArg<K>];

/** The message to show for anything thrown by `call`. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.message;
  return 'Something went wrong. Your journal was not changed. Please try again.';
}
