import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newJournalDocument } from '../main/journal/journal-document.ts';
import { Vault } from '../main/vault/vault.ts';
import { exportInputFromSample, parseExportPdfArguments, runExportPdf } from './export-pdf.ts';

function capture() {
  const output = { stdout: '', stderr: '' };
  const io = {
    stdout: (text: string) => {
      output.stdout += text;
    },
    stderr: (text: string) => {
      output.stderr += text;
    },
    now: () => new Date('2025-06-01T12:00:00Z'),
  };
  return { output, io };
}

describe('parseExportPdfArguments', () => {
  it('reads a sample run with its options', () => {
    expect(
      parseExportPdfArguments([
        '--out',
        'x.pdf',
        '--sample',
        '12',
        '--from',
        '2025-01-10',
        '--page-size',
        'Letter',
      ]),
    ).toEqual({
      out: 'x.pdf',
      source: { kind: 'sample', entryCount: 12 },
      from: '2025-01-10',
      pageSize: 'Letter',
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it.each([
    [['--sample', '3'], /--out FILE/],
    [['--out', 'x.pdf'], /either --sample N or --vault PATH/],
    [['--out', 'x.pdf', '--sample', '3', '--vault', 'v'], /either --sample N or --vault PATH/],
    [['--out', 'x.pdf', '--sample', 'many'], /whole number/],
    [['--out', 'x.pdf', '--sample', '0'], /whole number/],
    [['--out', 'x.pdf', '--sample', '3', '--from', '2025-02-30'], /--from must be a real date/],
    [['--out', 'x.pdf', '--sample', '3', '--page-size', 'A5'], /A4 or Letter/],
    [['--out', 'x.pdf', '--sample', '3', '--colour'], /Usage/],
  ])('refuses %j with a message that says what to change', (argv, message) => {
    expect(() => parseExportPdfArguments(argv)).toThrow(message);
  });
});

describe('exportInputFromSample', () => {
  it('exports every sample entry by default, and only the chosen days with --from and --to', () => {
    const all = exportInputFromSample(30, { pageSize: 'A4' }, '2025-06-01T12:00:00+00:00');
    expect(all.entries).toHaveLength(30);
    const some = exportInputFromSample(30, { pageSize: 'A4', from: '2025-01-10', to: '2025-01-15' }, 'x');
    expect(some.entries.length).toBeGreaterThan(0);
    expect(some.entries.every((entry) => entry.day >= '2025-01-10' && entry.day <= '2025-01-15')).toBe(true);
    expect(some.moodPoints.map((point) => point.day)).toEqual([
      '2025-01-10',
      '2025-01-11',
      '2025-01-12',
      '2025-01-13',
      '2025-01-14',
      '2025-01-15',
    ]);
  });
});

describe('runExportPdf', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'interlude-export-pdf-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('prints a sample journal to a PDF only its owner can read', async () => {
    const out = path.join(folder, 'sample.pdf');
    const { output, io } = capture();
    expect(await runExportPdf(['--out', out, '--sample', '4'], io)).toBe(0);
    expect(output.stdout).toContain('4 entries');
    expect(output.stdout).toContain('not encrypted');
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], {
      input: await readFile(out),
      encoding: 'utf8',
    });
    expect(text).toContain('Sample journal (4 entries)');
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it('prints a real journal, opened with the passphrase from INTERLUDE_PASSPHRASE', async () => {
    const vaultPath = path.join(folder, 'journal.interlude');
    const vault = new Vault({ path: vaultPath });
    const document = newJournalDocument('2025-05-20', new Date('2025-05-20T09:00:00Z'));
    document.entries.push({
      id: 'e1',
      day: '2025-05-25',
      body: 'The lighthouse at dusk, and a long breath.',
      mood: 4,
      emotions: ['calm'],
      tags: [],
      section: null,
      prompt: null,
      createdAt: '2025-05-25T20:00:00.000Z',
      updatedAt: '2025-05-25T20:00:00.000Z',
    });
    await vault.create('correct horse battery staple', document);
    vault.lock();
    const out = path.join(folder, 'vault.pdf');
    const { output, io } = capture();
    process.env.INTERLUDE_PASSPHRASE = 'correct horse battery staple';
    try {
      expect(await runExportPdf(['--out', out, '--vault', vaultPath], io)).toBe(0);
    } finally {
      delete process.env.INTERLUDE_PASSPHRASE;
    }
    expect(output.stdout).toContain('not encrypted');
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('The lighthouse at dusk');
  });

  it('says plainly when there is no journal at the path', async () => {
    const out = path.join(folder, 'none.pdf');
    const { output, io } = capture();
    expect(await runExportPdf(['--out', out, '--vault', path.join(folder, 'missing.interlude')], io)).toBe(1);
    expect(output.stderr).toContain('There is no journal at');
    await expect(stat(out)).rejects.toThrow();
  });

  it('exits with a usage error for bad arguments', async () => {
    const { output, io } = capture();
    expect(await runExportPdf(['--sample', '3'], io)).toBe(2);
    expect(output.stderr).toContain('--out FILE');
  });

  it('says so when the PDF cannot be written where asked', async () => {
    const { output, io } = capture();
    expect(await runExportPdf(['--out', path.join(folder, 'missing', 'x.pdf'), '--sample', '1'], io)).toBe(1);
    expect(output.stderr).toContain('cannot be written there');
  });
});
