/** The real CliIo: the process's streams, environment and clock, and a no-echo terminal prompt. */
import { InterludeError } from '../../shared/errors.ts';
import type { CliIo } from './io.ts';
import { forStream } from './terminal-safe.ts';
import { editInEditor, editorCommand } from './text-editor.ts';

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';

/** Asks on the terminal and reads a line with echo off; rejects when stdin is not a terminal. */
export function promptWithoutEcho(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return Promise.reject(new Error('standard input is not a terminal'));
  }
  return new Promise((resolve, reject) => {
    let answer = '';
    process.stderr.write(question);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.resume();
    const finish = (error: InterludeError | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (ENTER.has(character)) return finish(null);
        if (character === CTRL_C || (character === CTRL_D && answer === '')) {
          return finish(new InterludeError('CANCELLED', 'Cancelled. Nothing was changed.'));
        }
        if (BACKSPACE.has(character)) answer = Array.from(answer).slice(0, -1).join('');
        else if (character >= ' ') answer += character;
      }
    };
    input.on('data', onData);
  });
}

async function readAllOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The CliIo of the running process. */
export function createNodeIo(): CliIo {
  return {
    // Entry text and articles may hold escape sequences: a terminal gets them neutralised, a
    // pipe or a file gets the exact text (so `show --json > entry.json` loses nothing).
    stdout: (text) => {
      process.stdout.write(forStream(text, process.stdout.isTTY === true));
    },
    stderr: (text) => {
      process.stderr.write(forStream(text, process.stderr.isTTY === true));
    },
    readStdin: readAllOfStdin,
    stdinIsTerminal: process.stdin.isTTY === true,
    editText: async (initial) => {
      const command = editorCommand(process.env);
      return command === null ? null : editInEditor(command, initial, process.env);
    },
    promptSecret: promptWithoutEcho,
    stderrIsTerminal: process.stderr.isTTY === true,
    env: process.env,
    now: () => new Date(),
  };
}
