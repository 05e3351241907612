/**
 * Text for a terminal, made harmless. Entry text, prompts and imported articles may hold escape
 * sequences (which can retitle the window, move the cursor, rewrite what was printed or, on some
 * terminals, answer back into the shell) and bidi overrides (which reorder what the eye reads).
 */
import stripAnsi from 'strip-ansi';

// Unicode's Cc: the C0 controls, DEL and the C1 controls (U+0080–U+009F); tab and line feed stay.
const CONTROL_CHARACTERS = /(?![\n\t])\p{Cc}/gu;
// Bidi embeddings, overrides and isolates, and the invisible direction marks.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with escape sequences, control characters (other than \n and \t) and bidi controls removed. */
export function terminalSafe(text: string): string {
  return stripAnsi(text).replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '');
}

/** What to write to a stream: made terminal-safe when the stream is a terminal, as it is otherwise. */
export function forStream(text: string, isTerminal: boolean): string {
  return isTerminal ? terminalSafe(text) : text;
}
