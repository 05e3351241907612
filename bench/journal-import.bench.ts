/**
 * Importing a 10,000-entry Day One export (a zip of Journal.json and a photos folder), from the
 * zip's bytes to the entries saved in a real encrypted vault: unzip, parse, convert, one write.
 * Each run imports into a fresh journal (created outside the timed part), so nothing is "already there".
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { importJournalFile } from '../main/journal-import/import-journal.ts';
import { JournalService } from '../main/journal/journal-service.ts';
import { TEST_SCRYPT_PARAMS } from '../main/vault/test-kdf.ts';
import { Vault } from '../main/vault/vault.ts';
import { seededRandom } from '../shared/seeded-random.ts';
import { defineBenchmarks } from './benchmark.ts';

const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const WORDS = 'the river was quiet today and I walked further than I meant to before turning back'.split(' ');

function dayOneExport(count: number): Uint8Array {
  const random = seededRandom(16);
  const start = Date.UTC(2019, 0, 1);
  const entries = Array.from({ length: count }, (_, index) => {
    const created = new Date(start + index * 5 * 3_600_000 + Math.floor(random() * 3_600_000));
    const words = Array.from(
      { length: 80 + Math.floor(random() * 200) },
      () => WORDS[Math.floor(random() * WORDS.length)],
    );
    return {
      uuid: index.toString(16).padStart(32, '0').toUpperCase(),
      creationDate: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      modifiedDate: created.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      timeZone: ZONES[index % ZONES.length],
      text: `${words.join(' ')}\\.${index % 7 === 0 ? '\n\n![](dayone-moment://ABCDEF0123456789ABCDEF0123456789)' : ''}`,
      tags: index % 3 === 0 ? ['walk', 'river'] : [],
      starred: index % 11 === 0,
    };
  });
  return zipSync({
    'Journal.json': strToU8(JSON.stringify({ metadata: { version: '1.0' }, entries })),
    'photos/ABCDEF0123456789ABCDEF0123456789.jpeg': new Uint8Array(512 * 1024).map((_, i) => (i * 31) % 251),
  });
}

interface Context {
  zip: Uint8Array;
  dir: string;
  runs: number;
}

export default defineBenchmarks([
  {
    name: 'import.dayone.10k',
    setup: async (): Promise<Context> => ({
      zip: dayOneExport(10_000),
      dir: await mkdtemp(path.join(tmpdir(), 'interlude-bench-import-')),
      runs: 0,
    }),
    run: async (context: Context) => {
      context.runs += 1;
      const vault = new Vault({
        path: path.join(context.dir, `journal-${context.runs}.interlude`),
        kdfParams: TEST_SCRYPT_PARAMS,
      });
      const journal = new JournalService({ vault });
      await journal.create('benchmark passphrase');
      const started = performance.now();
      const report = await importJournalFile(journal, {
        fileName: 'Export.zip',
        bytes: context.zip,
        dryRun: false,
      });
      const elapsedMs = performance.now() - started;
      if (report.added !== 10_000) throw new Error(`imported ${report.added} of 10,000 entries`);
      await journal.lock();
      return { elapsedMs };
    },
    teardown: (context: Context) => rm(context.dir, { recursive: true, force: true }),
    iterations: 5,
    target: '≤ 3000 ms',
  },
]);
