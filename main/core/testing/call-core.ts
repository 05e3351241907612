/** Calling a test's core as the renderer does, through dispatch, with a failure thrown as an error that carries its code. */
import type { ApiArg, ApiMethod, ApiResults } from '../../../shared/api.ts';
import type { Core } from '../create-core.ts';
import { dispatch } from '../dispatch.ts';

export async function callCore<K extends ApiMethod>(
  core: Core,
  method: K,
  arg?: ApiArg<K>,
): Promise<ApiResults[K]> {
  const result = await dispatch(core.handlers, method, arg);
  if (!result.ok) {
    throw Object.assign(new Error(`${method} failed: ${result.error.message}`), { code: result.error.code });
  }
  return result.value;
}
