/**
 * The app's own path: the bytes cross as over IPC (structured clone, zod-validated by `dispatch`)
 * into the real core and vault. Real-looking exports of every app come in, on the right days, and
 * a second import of the same files adds nothing.
 */
import { zipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createInProcessCore, type InProcessCore } from '../core/testing/in-process-core.ts';
import { fixture as fixtureBytes } from './test-journal.ts';

/** A fixture's bytes in a buffer of their own, as a structured clone carries them. */
async function fixture(name: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await fixtureBytes(name));
}

let core: InProcessCore;

beforeEach(async () => {
  core = await createInProcessCore();
  await core.controls.seed();
});

afterEach(async () => {
  await core.dispose();
});

it('imports each app’s export through the contract, and nothing twice', async () => {
  const zip = new Uint8Array(
    zipSync({
      'Personal.json': await fixture('dayone-personal.json'),
      'Travel.json': await fixture('dayone-travel.json'),
    }),
  );
  const files: [string, Uint8Array<ArrayBuffer>, Record<string, number>?][] = [
    ['Export.zip', zip],
    ['journal.json', await fixture('jrnl-v4.json')],
    ['mini-diarium.json', await fixture('minidiarium-list.json')],
    [
      'daylio_export.csv',
      await fixture('daylio-es.csv'),
      { genial: 5, bien: 4, normal: 3, mal: 2, fatal: 1 },
    ],
  ];
  const added: number[] = [];
  for (const [fileName, content, moods] of files) {
    const preview = await core.api.importJournal({ fileName, content, dryRun: true, moods });
    if (!preview.ok) throw new Error(preview.error.message);
    const report = await core.api.importJournal({ fileName, content, dryRun: false, moods });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.added).toBe(preview.value.added);
    added.push(report.value.added);
  }
  expect(added).toEqual([12, 4, 3, 4]);
  for (const [fileName, content, moods] of files) {
    const again = await core.api.importJournal({ fileName, content, dryRun: false, moods });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.added).toBe(0);
  }
  const kiritimati = await core.api.searchEntries({ query: 'Kiritimati', limit: 5 });
  if (!kiritimati.ok) throw new Error(kiritimati.error.message);
  expect(kiritimati.value.items.map((hit) => hit.summary.day)).toEqual(['2024-03-06']);
});
