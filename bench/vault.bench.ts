/**
 * The vault's speed: key derivation, unlock and save at 1,000 and 10,000 entries of about 1 KB,
 * against two baselines measured in the same run:
 * - floor: the same document as plain JSON through the same write-file-atomic path;
 * - crypto-js: the design card's literal suggestion (AES-256-CBC + HMAC-SHA256, PBKDF2-SHA256 at
 *   crypto-js 4.2's default 250,000 iterations). crypto-js is a devDependency used only here.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import CryptoJS from 'crypto-js';
import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_SCRYPT_PARAMS, derivePassphraseKey } from '../main/vault/kdf.ts';
import { Vault } from '../main/vault/vault.ts';
import { defineBenchmarks } from './benchmark.ts';

const PASSPHRASE = 'a benchmark passphrase, long enough';
const CRYPTO_JS_ITERATIONS = 250_000;
const MOODS = [1, 2, 3, 4, 5] as const;

/** A journal-shaped document: `count` entries with bodies of about 1 KB. */
function journalDocument(count: number): unknown {
  const sentences = [
    'I walked the long way home so I would not pass the café.',
    'Today the quiet felt less like an absence and more like room.',
    'I almost wrote to them, and then I wrote here instead.',
    'My sister called and we laughed about nothing for an hour.',
    'Some mornings are heavy; this one was only a little grey.',
  ];
  const entries = Array.from({ length: count }, (_, index) => {
    let body = '';
    for (let sentence = index; body.length < 1000; sentence++)
      body += `${sentences[sentence % sentences.length]} `;
    const day = new Date(Date.UTC(2025, 0, 1) + index * 3_600_000 * 6).toISOString();
    return {
      id: `e${index.toString(36).padStart(8, '0')}`,
      createdAt: day,
      updatedAt: day,
      day: day.slice(0, 10),
      section: `section-${index % 8}`,
      prompt: { id: `p${index % 40}`, text: 'What did you notice about yourself today?' },
      body: body.trim(),
      mood: MOODS[index % 5],
      emotions: ['calm', 'hopeful'].slice(0, index % 3),
      tags: index % 4 === 0 ? ['walk'] : [],
    };
  });
  return {
    schemaVersion: 1,
    entries,
    drafts: [],
    settings: { spaceLengthDays: 30 },
    packs: [],
    contacts: [],
  };
}

interface VaultContext {
  dir: string;
  vault: Vault;
  document: unknown;
}

async function vaultContext(count: number): Promise<VaultContext> {
  const dir = await mkdtemp(path.join(tmpdir(), 'interlude-bench-'));
  const document = journalDocument(count);
  const vault = new Vault({ path: path.join(dir, 'journal.interlude') });
  await vault.create(PASSPHRASE, document);
  // The first unlock of the day makes the day's backups; measure the unlocks after it.
  await new Vault({ path: vault.path }).unlock(PASSPHRASE);
  return { dir, vault, document };
}

const removeDir = async (context: { dir: string }) => rm(context.dir, { recursive: true, force: true });

interface CryptoJsKeys {
  salt: CryptoJS.lib.WordArray;
  encryptionKey: CryptoJS.lib.WordArray;
  macKey: CryptoJS.lib.WordArray;
}

function cryptoJsKeys(passphrase: string, salt: CryptoJS.lib.WordArray): CryptoJsKeys {
  const derived = CryptoJS.PBKDF2(passphrase, salt, {
    keySize: 512 / 32,
    iterations: CRYPTO_JS_ITERATIONS,
    hasher: CryptoJS.algo.SHA256,
  });
  return {
    salt,
    encryptionKey: CryptoJS.lib.WordArray.create(derived.words.slice(0, 8), 32),
    macKey: CryptoJS.lib.WordArray.create(derived.words.slice(8, 16), 32),
  };
}

function cryptoJsSeal(json: string, keys: CryptoJsKeys): string {
  const iv = CryptoJS.lib.WordArray.random(16);
  const { ciphertext } = CryptoJS.AES.encrypt(json, keys.encryptionKey, {
    iv,
    mode: CryptoJS.mode.CBC,
    padding: CryptoJS.pad.Pkcs7,
  });
  const mac = CryptoJS.HmacSHA256(iv.clone().concat(ciphertext), keys.macKey);
  return JSON.stringify({
    salt: keys.salt.toString(CryptoJS.enc.Hex),
    iv: iv.toString(CryptoJS.enc.Hex),
    ciphertext: ciphertext.toString(CryptoJS.enc.Base64),
    mac: mac.toString(CryptoJS.enc.Hex),
  });
}

function cryptoJsOpen(fileText: string, passphrase: string): unknown {
  const sealed = JSON.parse(fileText) as { salt: string; iv: string; ciphertext: string; mac: string };
  const keys = cryptoJsKeys(passphrase, CryptoJS.enc.Hex.parse(sealed.salt));
  const iv = CryptoJS.enc.Hex.parse(sealed.iv);
  const ciphertext = CryptoJS.enc.Base64.parse(sealed.ciphertext);
  const mac = CryptoJS.HmacSHA256(iv.clone().concat(ciphertext), keys.macKey).toString(CryptoJS.enc.Hex);
  if (mac !== sealed.mac) throw new Error('crypto-js baseline: authentication failed');
  const plaintext = CryptoJS.AES.decrypt(
    CryptoJS.lib.CipherParams.create({ ciphertext }),
    keys.encryptionKey,
    {
      iv,
      mode: CryptoJS.mode.CBC,
      padding: CryptoJS.pad.Pkcs7,
    },
  );
  return JSON.parse(plaintext.toString(CryptoJS.enc.Utf8));
}

interface CryptoJsContext {
  dir: string;
  file: string;
  keys: CryptoJsKeys;
  document: unknown;
}

async function cryptoJsContext(count: number): Promise<CryptoJsContext> {
  const dir = await mkdtemp(path.join(tmpdir(), 'interlude-bench-'));
  const file = path.join(dir, 'journal.cryptojs.json');
  const document = journalDocument(count);
  const keys = cryptoJsKeys(PASSPHRASE, CryptoJS.lib.WordArray.random(16));
  await writeFileAtomic(file, cryptoJsSeal(JSON.stringify(document), keys), { mode: 0o600 });
  return { dir, file, keys, document };
}

function unlockBenchmark(name: string, count: number, iterations: number, target: string) {
  return {
    name,
    setup: () => vaultContext(count),
    run: async (context: VaultContext) => new Vault({ path: context.vault.path }).unlock(PASSPHRASE),
    teardown: removeDir,
    iterations,
    target,
  };
}

function saveBenchmark(name: string, count: number, target: string) {
  return {
    name,
    setup: () => vaultContext(count),
    run: (context: VaultContext) => context.vault.write(context.document),
    teardown: removeDir,
    target,
  };
}

/** A rotation: both derivations (check the old passphrase, derive the new), re-encrypting the journal and its three backups. */
function changePassphraseBenchmark(name: string, count: number, target: string) {
  const passphrases = [PASSPHRASE, 'another benchmark passphrase, also long'];
  let turn = 0;
  return {
    name,
    setup: () => vaultContext(count),
    run: async (context: VaultContext) => {
      const [current, next] = [passphrases[turn % 2]!, passphrases[(turn + 1) % 2]!];
      turn++;
      return context.vault.changePassphrase(current, next);
    },
    teardown: removeDir,
    iterations: 5,
    target,
  };
}

function floorBenchmark(name: string, count: number) {
  return {
    name,
    setup: async () => ({
      dir: await mkdtemp(path.join(tmpdir(), 'interlude-bench-')),
      document: journalDocument(count),
    }),
    run: (context: { dir: string; document: unknown }) =>
      writeFileAtomic(path.join(context.dir, 'journal.json'), JSON.stringify(context.document), {
        mode: 0o600,
      }),
    teardown: removeDir,
    target: 'baseline: plain JSON, same write path',
  };
}

export default defineBenchmarks([
  {
    name: 'vault.kdf',
    run: () => derivePassphraseKey(PASSPHRASE, randomBytes(16), DEFAULT_SCRYPT_PARAMS),
    iterations: 5,
    target: 'scrypt N=2^17 r=8 p=1, about 0.3–1 s',
  },
  unlockBenchmark('vault.unlock.1k', 1_000, 5, '≤ vault.kdf + 150 ms'),
  unlockBenchmark('vault.unlock.10k', 10_000, 5, '≤ vault.kdf + 150 ms'),
  {
    name: 'vault.unlock.10k.cryptojs',
    setup: () => cryptoJsContext(10_000),
    run: async (context: CryptoJsContext) => cryptoJsOpen(await readFile(context.file, 'utf8'), PASSPHRASE),
    teardown: removeDir,
    iterations: 3,
    target: 'baseline: crypto-js PBKDF2 250k + AES-CBC + HMAC',
  },
  saveBenchmark('vault.save.1k', 1_000, '≤ 1.3 × vault.save.1k.floor'),
  floorBenchmark('vault.save.1k.floor', 1_000),
  saveBenchmark('vault.save.10k', 10_000, '≤ 1.3 × vault.save.10k.floor; ≥ 5× faster than crypto-js'),
  floorBenchmark('vault.save.10k.floor', 10_000),
  changePassphraseBenchmark('vault.changePassphrase.10k', 10_000, '≤ 2 × vault.kdf + 100 ms'),
  {
    name: 'vault.save.10k.cryptojs',
    setup: () => cryptoJsContext(10_000),
    run: (context: CryptoJsContext) =>
      writeFileAtomic(context.file, cryptoJsSeal(JSON.stringify(context.document), context.keys), {
        mode: 0o600,
      }),
    teardown: removeDir,
    iterations: 3,
    target: 'baseline: crypto-js AES-CBC + HMAC (key already derived)',
  },
]);
