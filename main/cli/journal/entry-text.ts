/**
 * Where the text of `add` and `edit` comes from, without ever putting it in argv (which every
 * process listing shows, and npm writes to its debug log): standard input, --text-file FILE, or
 * the user's editor on a terminal. --text stays for scripts that accept that exposure.
 */
import { BODY_MAX } from '../../../shared/domain.ts';
import { InterludeError } from '../../../shared/errors.ts';
import type { CliIo } from '../io.ts';
import { readRegularFile } from '../read-regular-file.ts';

/** Help for the text options, shared by `add` and `edit`. */
export const TEXT_OPTIONS_HELP =
  'The text comes from standard input, --text-file FILE (- for standard input) or, on a terminal, ' +
  'your editor ($VISUAL or $EDITOR). --text TEXT also works, but every program on this computer ' +
  'can see a command line (ps, shell history, npm logs): use it only in scripts, never for private words.';

export interface TextOptionValues {
  text?: string | undefined;
  'text-file'?: string | undefined;
}

const NO_TEXT_SOURCE = new InterludeError(
  'INVALID_INPUT',
  'No text given. Pipe it in (interlude add < entry.txt), use --text-file FILE, or set $VISUAL or $EDITOR to write it in your editor.',
);

async function readTextFile(file: string, io: CliIo): Promise<string> {
  if (file === '-') return dropFinalLineBreak(await io.readStdin());
  const bytes = await readRegularFile(file, BODY_MAX * 4, 'text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InterludeError(
      'INVALID_INPUT',
      'The text file is not UTF-8 text. Save it as UTF-8 and try again.',
    );
  }
  return dropFinalLineBreak(text);
}

function dropFinalLineBreak(text: string): string {
  return text.replace(/\r?\n$/, '');
}

/** The text given by --text or --text-file, or undefined when neither was given. */
export async function textFromOptions(values: TextOptionValues, io: CliIo): Promise<string | undefined> {
  if (values.text !== undefined && values['text-file'] !== undefined) {
    throw new InterludeError('INVALID_INPUT', 'Give the text once: --text or --text-file, not both.');
  }
  if (values['text-file'] !== undefined) return readTextFile(values['text-file'], io);
  return values.text;
}

/** Text from the user's editor, starting from `initial`; an empty result saves nothing (as in git). */
async function textFromEditor(io: CliIo, initial: string): Promise<string> {
  const edited = await io.editText(initial);
  if (edited === null) throw NO_TEXT_SOURCE;
  if (edited.trim() === '')
    throw new InterludeError('CANCELLED', 'The text was empty, so nothing was saved.');
  return edited;
}

/** The text for `add` when no option gave it: standard input when piped, else the editor. */
export async function textForNewEntry(io: CliIo): Promise<string> {
  if (!io.stdinIsTerminal) return dropFinalLineBreak(await io.readStdin());
  return textFromEditor(io, '');
}

/**
 * The new text for `edit ID` given no text option and no other change: standard input when
 * piped (it must not be empty: that would wipe the entry), else the editor on the current text.
 */
export async function textForEditedEntry(io: CliIo, current: string): Promise<string> {
  if (io.stdinIsTerminal) return textFromEditor(io, current);
  const text = dropFinalLineBreak(await io.readStdin());
  if (text.trim() === '') {
    throw new InterludeError(
      'INVALID_INPUT',
      'No new text arrived on standard input, so the entry was left as it was. Give the text with --text-file FILE or pipe it in.',
    );
  }
  return text;
}
