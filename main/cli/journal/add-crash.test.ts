/**
 * Crash consistency through the real CLI: `interlude add` processes are killed with SIGKILL at
 * random moments. After every kill the journal still opens, and every entry whose `add` was
 * acknowledged (exit 0, id printed) is there. The real key derivation is used, because the CLI
 * offers no way to weaken it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf } from '../../../shared/dates.ts';
import { JournalService } from '../../journal/journal-service.ts';
import { newJournalDocument } from '../../journal/journal-document.ts';
import { Vault } from '../../vault/vault.ts';
import { seededRandom } from '../../../shared/seeded-random.ts';

const PASSPHRASE = 'correct horse battery staple';
const CLI = path.resolve(import.meta.dirname, '../../cli.ts');
const ROUNDS = 12;
let dir: string;
let vaultPath: string;

function addOnce(text: string, killAfterMs: number): Promise<{ acknowledgedId: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', CLI, 'add', '--vault', vaultPath, '--text', text, '--json'],
      {
        // XDG_CONFIG_HOME: this test's own app data folder (writer lock, revision record).
        env: { ...process.env, INTERLUDE_PASSPHRASE: PASSPHRASE, XDG_CONFIG_HOME: path.join(dir, 'config') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ acknowledgedId: code === 0 ? (JSON.parse(out) as { id: string }).id : null });
    });
  });
}

async function openEntries(): Promise<string[]> {
  const journal = new JournalService({ vault: new Vault({ path: vaultPath }) });
  await journal.unlock(PASSPHRASE);
  const ids = journal.allEntries({}).map((entry) => entry.id);
  await journal.lock();
  return ids;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'interlude-crash-cli-'));
  vaultPath = path.join(dir, 'journal.interlude');
  const vault = new Vault({ path: vaultPath });
  await vault.create(PASSPHRASE, newJournalDocument(dayOf(new Date()), new Date()));
  vault.lock();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('interlude add, killed at random moments', () => {
  it('never loses an acknowledged entry and never leaves a journal that will not open', async () => {
    const next = seededRandom(20261127);
    const acknowledged: string[] = [];
    let killed = 0;
    // One add left alone measures how long an add takes on this machine, so the kills below
    // land throughout its life (start-up, key derivation, encryption, the write) however busy it is.
    const started = performance.now();
    const first = await addOnce('entry 0', 120_000);
    const addMs = performance.now() - started;
    expect(first.acknowledgedId).not.toBeNull();
    acknowledged.push(first.acknowledgedId!);
    for (let round = 1; round < ROUNDS; round++) {
      const { acknowledgedId } = await addOnce(`entry ${round}`, 30 + Math.floor(next() * addMs * 1.3));
      if (acknowledgedId) acknowledged.push(acknowledgedId);
      else killed++;
      const present = await openEntries();
      for (const id of acknowledged) expect(present).toContain(id);
    }
    // The test means something only if both outcomes happened.
    expect(killed).toBeGreaterThan(0);
  }, 240_000);
});
