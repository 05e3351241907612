import { describe, expect, it } from 'vitest';
import { forStream, terminalSafe } from './terminal-safe.ts';

describe('terminalSafe', () => {
  it('removes escape sequences: colours, cursor moves, window titles, OSC 8 links, C1 CSI', () => {
    expect(terminalSafe('a \u001b[31mred\u001b[0m word')).toBe('a red word');
    expect(terminalSafe('\u001b[2J\u001b[Hcleared')).toBe('cleared');
    expect(terminalSafe('\u001b]0;pwned\u0007title')).toBe('title');
    expect(terminalSafe('\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
    expect(terminalSafe('\u009b31mC1')).toBe('C1');
  });

  it('removes C0 and C1 controls but keeps line breaks and tabs', () => {
    expect(terminalSafe('one\r\ntwo\tthree\u0007\u0008\u0000\u007f\u0085end')).toBe('one\ntwo\tthreeend');
  });

  it('removes bidi overrides and isolates, keeping the letters in stored order', () => {
    expect(terminalSafe('abc\u202edcba\u202c \u2067x\u2069')).toBe('abcdcba x');
  });

  it('leaves ordinary text in any script alone', () => {
    const text = 'Café, “quotes” — שלום, مرحبا, 日本語 😊\n';
    expect(terminalSafe(text)).toBe(text);
  });

  it('applies only when the stream is a terminal (pipes and files get the exact text)', () => {
    expect(forStream('\u001b[31mx', true)).toBe('x');
    expect(forStream('\u001b[31mx', false)).toBe('\u001b[31mx');
  });
});
