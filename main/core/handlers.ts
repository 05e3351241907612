/**
 * The core's side of the contract: one async function per API method. Handlers receive arguments
 * already validated by `dispatch`, and throw `InterludeError` on failure.
 */
import type { ApiMethod, ApiParsedArg, ApiResults } from '../../shared/api.ts';

export type ApiHandlers = {
  [K in ApiMethod]: (arg: ApiParsedArg<K>) => Promise<ApiResults[K]>;
};
