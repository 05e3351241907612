/** Runs one CLI invocation: finds the command, runs it, and turns any failure into one plain line. */
import { readFileSync } from 'node:fs';
import { InterludeError, toApiError } from '../../shared/errors.ts';
import { CLI_COMMANDS, type CliCommand } from './command-table.ts';
import type { CliIo } from './io.ts';

/** Exit codes: 0 success, 1 the command failed, 2 the command line itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Collapses a message to one line: the CLI prints exactly one line per error. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * Prints one plain line for an error on stderr (never a stack trace, never an internal message
 * that could hold user text) and returns the exit code for it.
 */
export function reportCliError(io: CliIo, error: unknown, commandName?: string): number {
  const prefix = commandName ? `interlude ${commandName}: ` : 'interlude: ';
  io.stderr(`${prefix}${oneLine(toApiError(error).message)}\n`);
  return error instanceof InterludeError && error.code === 'INVALID_INPUT' ? EXIT_USAGE : EXIT_FAILED;
}

function appVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The help text listing every command. */
export function helpText(commands: Readonly<Record<string, CliCommand>> = CLI_COMMANDS): string {
  const lines = Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(9)} ${entry.summary}`);
  return [
    'Usage: interlude <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "interlude <command> --help" for a command\'s options.',
    "--vault defaults to the journal in the app's data folder. The passphrase comes from",
    '--passphrase-file FILE, else INTERLUDE_PASSPHRASE, else a prompt that does not echo.',
    'Exit codes: 0 success, 1 failure, 2 wrong usage.',
    '',
  ].join('\n');
}

/** Runs the command named by argv[0] with the rest of argv; returns the process exit code. */
export async function runCli(
  argv: string[],
  io: CliIo,
  commands: Readonly<Record<string, CliCommand>> = CLI_COMMANDS,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(helpText(commands));
    return EXIT_USAGE;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText(commands));
    return EXIT_OK;
  }
  if (name === '--version' || name === 'version') {
    io.stdout(`interlude ${appVersion()}\n`);
    return EXIT_OK;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr('interlude: Unknown command. Run "interlude help" to see the commands.\n');
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(
      `Usage: interlude ${entry.usage}\n${entry.summary}.\n${entry.details ? `\n${entry.details}\n` : ''}`,
    );
    return EXIT_OK;
  }
  try {
    const run = await entry.load();
    return await run(rest, io);
  } catch (error) {
    return reportCliError(io, error, name);
  }
}
