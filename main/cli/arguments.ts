/** Parsing a command's arguments, with errors in plain words that never echo what was typed. */
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { InterludeError } from '../../shared/errors.ts';

/** The options every vault command takes. */
export const VAULT_OPTIONS = {
  vault: { type: 'string' },
  'passphrase-file': { type: 'string' },
  json: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

export interface ParsedArguments<Options extends ParseArgsOptionsConfig> {
  values: ReturnType<typeof parseArgs<{ options: Options; strict: true; allowPositionals: true }>>['values'];
  positionals: string[];
}

/** An option name is safe to repeat back; anything else a user typed could be a passphrase. */
function describeOption(message: string): string {
  const name = /'(-{1,2}[a-z][a-z-]{0,30})\b/i.exec(message)?.[1];
  return name ?? 'an option';
}

/**
 * Parses `argv` against `options`, accepting between `minPositionals` and `maxPositionals`
 * plain arguments. Throws INVALID_INPUT with a message that names options but never values.
 */
export function parseCommandArguments<Options extends ParseArgsOptionsConfig>(
  argv: string[],
  options: Options,
  positionals: { min?: number; max?: number; usage: string },
): ParsedArguments<Options> {
  let parsed: ParsedArguments<Options>;
  try {
    parsed = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true,
    }) as ParsedArguments<Options>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : '';
    const option = describeOption(message);
    const problem =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? `Unknown option ${option}.`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? `The option ${option} needs a value (or takes none).`
          : 'The arguments could not be read.';
    throw new InterludeError('INVALID_INPUT', `${problem} Usage: interlude ${positionals.usage}`);
  }
  const count = parsed.positionals.length;
  if (count < (positionals.min ?? 0) || count > (positionals.max ?? 0)) {
    throw new InterludeError(
      'INVALID_INPUT',
      `${count > (positionals.max ?? 0) ? 'Too many arguments.' : 'Missing an argument.'} Usage: interlude ${positionals.usage}`,
    );
  }
  return parsed;
}
