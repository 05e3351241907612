/**
 * A person at an X11 desktop, for the browser-fallback smoke test: keys typed with xdotool (XTest),
 * and the screen read the way a person copies text: select all, copy, and read the clipboard
 * (xclip). Nothing here reaches into the browser: it only sees what any X client sees.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface X11Display {
  display: string;
  xauthority: string;
}

/** A marker put on the clipboard before a copy, so "nothing was copied" can be told apart. */
const NOTHING_COPIED = '\u2063nothing copied\u2063';

export class X11Desktop {
  private readonly x: X11Display;

  constructor(x: X11Display) {
    this.x = x;
  }

  private get env() {
    return { ...process.env, DISPLAY: this.x.display, XAUTHORITY: this.x.xauthority };
  }

  private async tool(command: string, args: string[]): Promise<string> {
    return (await run(command, args, { env: this.env, timeout: 10_000 })).stdout;
  }

  /** Puts text on the clipboard. xclip stays behind to serve it, so wait for its exit, not its output. */
  private setClipboard(text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const child = spawn('xclip', ['-selection', 'clipboard', '-i'], {
        env: this.env,
        stdio: ['pipe', 'ignore', 'ignore'],
      });
      child.once('error', reject);
      child.once('exit', () => resolve());
      child.stdin.end(text);
    });
  }

  /** The ids of the top-level windows whose title is exactly `title`. */
  async windowsTitled(title: string): Promise<string[]> {
    try {
      const out = await this.tool('xdotool', ['search', '--name', `^${title}$`]);
      return out.split('\n').filter(Boolean);
    } catch {
      return []; // xdotool exits 1 when nothing matches
    }
  }

  async focus(windowId: string): Promise<void> {
    await this.tool('xdotool', ['windowfocus', '--sync', windowId]);
  }

  /** Presses keys in order, e.g. `key('Tab')`, `key('ctrl+a', 'ctrl+c')`. */
  async key(...keys: string[]): Promise<void> {
    await this.tool('xdotool', ['key', '--clearmodifiers', '--delay', '60', ...keys]);
  }

  async type(text: string): Promise<void> {
    await this.tool('xdotool', ['type', '--clearmodifiers', '--delay', '25', text]);
  }

  /**
   * What Ctrl+A, Ctrl+C copies where the focus is: the whole page's text when the focus is on the
   * page or a button, the field's text when it is in a field, '' when that field is empty.
   */
  async copyAll(): Promise<string> {
    return this.copySelection('ctrl+a');
  }

  /** Selects with `selectKey` (Ctrl+A, Shift+Home …), copies, and returns what was copied ('' for nothing). */
  async copySelection(selectKey: string): Promise<string> {
    await this.setClipboard(NOTHING_COPIED);
    await this.key(selectKey, 'ctrl+c');
    await new Promise((resolve) => setTimeout(resolve, 150));
    const text = await this.tool('xclip', ['-selection', 'clipboard', '-o']).catch(() => '');
    return text === NOTHING_COPIED ? '' : text;
  }

  /** Saves a picture of the screen for a failing test's report, where ImageMagick is installed. */
  async screenshot(file: string): Promise<void> {
    await this.tool('import', ['-window', 'root', file]).catch(() => {});
  }

  /** Waits until what `copyAll` reads contains `expected` (the page may still be rendering). */
  async waitForText(expected: string | RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.copyAll();
      if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    throw new Error(`The window never showed ${String(expected)}. It showed:\n${text}`);
  }
}
