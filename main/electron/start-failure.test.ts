import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFailureMessage, startLogLine, writeStartLog } from './start-failure.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-start-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a failed start', () => {
  const error = Object.assign(new Error('EACCES: permission denied, open /home/sam/.config/Interlude/x'), {
    code: 'EACCES',
  });

  it('logs the kind of error and its code, never its message or a path', () => {
    const line = startLogLine(error, new Date('2026-03-10T20:00:00Z'), '0.1.0');
    expect(line).toBe('2026-03-10T20:00:00.000Z Interlude 0.1.0 failed to start: Error EACCES\n');
    expect(line).not.toContain('sam');
    expect(startLogLine('a string thrown with Sam in it', new Date(0), '0.1.0')).not.toContain('Sam');
  });

  it('tells the user plainly what happened and where the log is', () => {
    const text = startFailureMessage('/logs/start-errors.log');
    expect(text.message).toBe('Interlude could not start. Your journal was not changed.');
    expect(text.detail).toContain('/logs/start-errors.log');
    expect(startFailureMessage(null).detail).not.toContain('is in:');
  });

  it('appends the log, private to the user, and returns its path', async () => {
    const logs = path.join(dir, 'logs');
    const logPath = await writeStartLog(logs, 'first\n');
    await writeStartLog(logs, 'second\n');
    expect(logPath).toBe(path.join(logs, 'start-errors.log'));
    expect(await readFile(logPath!, 'utf8')).toBe('first\nsecond\n');
    expect((await stat(logPath!)).mode & 0o777).toBe(0o600);
  });

  it('returns no path when the log cannot be written', async () => {
    const notAFolder = path.join(dir, 'a-file');
    await writeFile(notAFolder, '');
    expect(await writeStartLog(path.join(notAFolder, 'logs'), 'x\n')).toBeNull();
  });
});
