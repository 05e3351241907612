/**
 * The journal lives in a synced folder and another device writes to it while the app is open.
 * The other device is the real core, in the test's own process, on its own copy of the file,
 * which is then renamed over the journal the way sync clients deliver a new version.
 */
import { copyFile, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { apiArgs } from '../../shared/api.ts';
import { JournalService } from '../../main/journal/journal-service.ts';
import { Vault } from '../../main/vault/vault.ts';
import { createJournal } from '../steps/journal-setup.ts';
import { expect, test } from '../fixtures.ts';
import { allEntries, callApi, openScreen, seedEntries, today } from './journal-steps.ts';

const PASSPHRASE = 'two desks, one journal';

/** The other device: opens its copy, changes it, and the copy replaces the journal file. */
async function anotherDevice(
  vaultPath: string,
  change: (journal: JournalService) => Promise<unknown>,
  /** The version the other device had before its change (default: the journal as it is now). */
  startFrom = vaultPath,
) {
  const deviceDir = await mkdtemp(path.join(tmpdir(), 'interlude-other-device-'));
  const copy = path.join(path.dirname(vaultPath), '.journal.interlude.syncing');
  try {
    await copyFile(startFrom, copy);
    const journal = new JournalService({
      vault: new Vault({ path: copy, lockFile: path.join(deviceDir, 'writer.lock'), draftDir: deviceDir }),
    });
    await journal.unlock(PASSPHRASE);
    await change(journal);
    await journal.lock();
    await rename(copy, vaultPath);
  } finally {
    await rm(deviceDir, { recursive: true, force: true });
  }
}

test('an entry written on my other computer appears while the app is open', async ({ app }) => {
  const { page, vaultPath } = app;
  await createJournal(page, { passphrase: PASSPHRASE });
  await seedEntries(page, [{ day: today(), body: 'Written at my desk this morning.', mood: 3 }]);
  await openScreen(page, 'Journal');
  await expect(page.getByTestId('entry-row')).toHaveCount(1);

  await anotherDevice(vaultPath, (journal) =>
    journal.createEntry(
      apiArgs.createEntry.parse({ day: today(), body: 'Written on the laptop, on the train.' }),
    ),
  );

  // No restart, no lock: the list shows it, and says where it came from.
  await expect(page.getByTestId('entry-row')).toHaveCount(2);
  await expect(page.getByText('Written on the laptop, on the train.')).toBeVisible();
  await expect(page.getByText('Merged changes from another device: 1 entry.')).toBeVisible();
});

test('an entry edited on both computers shows both texts, and I keep both', async ({ app }) => {
  const { page, vaultPath } = app;
  await createJournal(page, { passphrase: PASSPHRASE });
  const [original] = await (async () => {
    await seedEntries(page, [{ day: today(), body: 'A first draft of how I feel.', mood: 2 }]);
    return allEntries(page);
  })();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The laptop edits a copy taken now; meanwhile this computer edits the same entry.
  const laptopCopy = path.join(app.dataDir, 'laptop-copy.interlude');
  await copyFile(vaultPath, laptopCopy);
  await callApi(page, 'updateEntry', { id: original!.id, changes: { body: 'Edited here: calmer now.' } });
  await anotherDevice(
    vaultPath,
    (journal) => journal.updateEntry(original!.id, { body: 'Edited on the laptop: still raw.' }),
    laptopCopy,
  );

  await openScreen(page, 'Journal');
  const marked = page
    .getByTestId('entry-row')
    .filter({ hasText: 'Edited on two devices: the other version' });
  await expect(marked).toHaveCount(1);
  await marked.click();
  const choice = page.getByRole('region', { name: 'Edited on two devices' });
  // The newer edit (the laptop's) stays the entry; this computer's text is the other version.
  await expect(choice.getByRole('region', { name: 'The entry' })).toContainText(
    'Edited on the laptop: still raw.',
  );
  await expect(choice.getByRole('region', { name: 'The other version' })).toContainText(
    'Edited here: calmer now.',
  );
  await choice.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByText('Both versions are kept, as two entries.')).toBeVisible();
  await expect(marked).toHaveCount(0);
  expect((await allEntries(page)).map((entry) => entry.body).sort()).toEqual([
    'Edited here: calmer now.',
    'Edited on the laptop: still raw.',
  ]);
});
