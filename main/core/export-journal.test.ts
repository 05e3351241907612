import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiArg, ApiMethod } from '../../shared/api.ts';
import { dayOf } from '../../shared/dates.ts';
import { parseJsonExport } from '../export/export-json.ts';
import { type Core, createCore } from './create-core.ts';
import { callCore } from './testing/call-core.ts';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
let core: Core;
let savePath: string | null;
let printed: string[];

const call = <K extends ApiMethod>(method: K, arg?: ApiArg<K>) => callCore(core, method, arg);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-export-'));
  printed = [];
  savePath = path.join(dir, 'out');
  core = createCore({
    vaultPath: path.join(dir, 'journal.interlude'),
    appVersion: 'test',
    platform: {
      chooseExportPath: async () => savePath,
      printPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 stand-in');
      },
      notifyLocked: () => undefined,
    },
  });
  await call('createVault', { passphrase: PASSPHRASE });
  const today = dayOf(new Date());
  await call('createEntry', {
    day: today,
    body: 'Walked to the sea <script>alert(1)</script>',
    mood: 4,
    tags: ['sea'],
  });
  await call('createEntry', { day: '2001-01-01', body: 'Long before the space period', mood: 2 });
});

afterEach(async () => {
  await core.lock('user');
  await rm(dir, { recursive: true, force: true });
});

describe('exporting the journal', () => {
  it('prints the space period’s entries as static HTML, escaped, and saves the PDF readable by the user only', async () => {
    const { path: saved } = await call('exportJournal', { format: 'pdf' });
    expect(saved).toBe(savePath);
    expect(await readFile(saved, 'utf8')).toBe('%PDF-1.7 stand-in');
    expect((await stat(saved)).mode & 0o777).toBe(0o600);
    const html = printed[0]!;
    expect(html).toContain('Walked to the sea &lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('Long before the space period');
  });

  it('writes Markdown and JSON for any range', async () => {
    await call('exportJournal', { format: 'markdown', from: '2000-01-01' });
    const markdown = await readFile(savePath!, 'utf8');
    expect(markdown).toContain('Long before the space period');
    expect(markdown).toContain('Walked to the sea');

    await call('exportJournal', { format: 'json', from: '2001-01-01', to: '2001-01-01' });
    const json = parseJsonExport(await readFile(savePath!, 'utf8'));
    expect(json.entries.map((entry) => entry.body)).toEqual(['Long before the space period']);
  });

  it('keeps entries written without a prompt when only some sections are chosen, unless told not to', async () => {
    await call('exportJournal', { format: 'json', from: '2000-01-01', sections: ['reflect'] });
    expect(parseJsonExport(await readFile(savePath!, 'utf8')).entries).toHaveLength(2);
    await call('exportJournal', {
      format: 'json',
      from: '2000-01-01',
      sections: ['reflect'],
      includeUnsectioned: false,
    });
    expect(parseJsonExport(await readFile(savePath!, 'utf8')).entries).toEqual([]);
  });

  it('writes one Markdown file per day into a folder', async () => {
    await call('exportJournal', { format: 'markdown-folder', from: '2000-01-01' });
    const files = await readdir(savePath!);
    expect(files.sort()).toEqual(['2001-01-01.md', `${dayOf(new Date())}.md`].sort());
  });

  it('copies the encrypted vault byte for byte as a backup', async () => {
    await call('exportJournal', { format: 'vault-backup' });
    expect(await readFile(savePath!)).toEqual(await readFile(path.join(dir, 'journal.interlude')));
  });

  it('saves nothing when the user cancels the save dialog', async () => {
    savePath = null;
    await expect(call('exportJournal', { format: 'json' })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(await readdir(dir)).not.toContain('out');
  });

  it('refuses to write over the journal itself or into its backups', async () => {
    const before = await readFile(path.join(dir, 'journal.interlude'));
    savePath = path.join(dir, 'journal.interlude');
    await expect(call('exportJournal', { format: 'json' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    savePath = path.join(dir, 'backups', 'export.md');
    await expect(call('exportJournal', { format: 'markdown' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await readFile(path.join(dir, 'journal.interlude'))).toEqual(before);
  });

  it('refuses a range that ends before it starts', async () => {
    await expect(
      call('exportJournal', { format: 'json', from: '2026-03-10', to: '2026-03-01' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});

describe('where the app may export', () => {
  it('refuses a device and the journal itself, and changes neither', async () => {
    savePath = '/dev/full';
    await expect(call('exportJournal', { format: 'json' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
    const journal = path.join(dir, 'journal.interlude');
    const before = await readFile(journal);
    savePath = journal;
    await expect(call('exportJournal', { format: 'markdown' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await readFile(journal)).toEqual(before);
  });

  it('removes what a killed export left in the folder, and writes the backup copy durably', async () => {
    await writeFile(path.join(dir, 'out.saving-7ffffff0deadbeef.123'), 'plaintext left by a killed export');
    savePath = path.join(dir, 'copy.interlude');
    await call('exportJournal', { format: 'vault-backup' });
    expect(await readFile(savePath)).toEqual(await readFile(path.join(dir, 'journal.interlude')));
    expect((await stat(savePath)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((name) => name.includes('.saving-'))).toEqual([]);
  });
});
