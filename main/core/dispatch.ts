/**
 * The one entry point from any transport (Electron IPC, the e2e bridge) into the core:
 * validate the raw argument with the contract's zod schema, run the handler, and turn the
 * outcome into a Result value. Nothing thrown escapes, so no transport can leak a stack trace.
 */
import type { z } from 'zod';
import { type ApiMethod, apiArgs, type ApiResults } from '../../shared/api.ts';
import { InterludeError, type Result, toApiError } from '../../shared/errors.ts';
import type { ApiHandlers } from './handlers.ts';

/** True for a string that names a method of the contract (and nothing inherited from Object). */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.hasOwn(apiArgs, name);
}

/** Describes the first validation problem in words a user can act on, naming the field. */
export function describeValidationError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The input is not valid.';
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  return `${field} ${issue.message}`.replace(
    /^input Invalid input: expected undefined.*/,
    'this takes no input',
  );
}

export async function dispatch<K extends ApiMethod>(
  handlers: ApiHandlers,
  method: K,
  rawArg: unknown,
): Promise<Result<ApiResults[K]>> {
  try {
    if (!isApiMethod(method)) throw new InterludeError('INVALID_INPUT', 'Unknown request.');
    const parsed = apiArgs[method].safeParse(rawArg);
    if (!parsed.success) {
      throw new InterludeError('INVALID_INPUT', describeValidationError(parsed.error));
    }
    const handler = handlers[method] as (arg: unknown) => Promise<ApiResults[K]>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (!(error instanceof InterludeError)) {
      // The details stay in the core's own log; the caller only gets a plain, safe message.
      console.error(`[interlude] ${method} failed:`, error instanceof Error ? error.stack : error);
    }
    return { ok: false, error: toApiError(error) };
  }
}
