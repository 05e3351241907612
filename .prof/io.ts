import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import writeFileAtomic from 'write-file-atomic';
import { writeFileDurably } from '/work/main/main/vault/durable-write.ts';
import { acquireWriterLock } from '/work/main/main/vault/writer-lock.ts';
import { RevisionStore } from '/work/main/main/vault/revision-store.ts';
const dir = await mkdtemp(path.join(tmpdir(), 'io-'));
const buf = randomBytes(13_500_000);
const f = path.join(dir, 'j');
async function time(name: string, fn: () => Promise<unknown>, n = 12) {
  await fn(); const t: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b); console.log(name.padEnd(20), t[Math.floor(n / 2)]!.toFixed(2), 'ms  min', t[0]!.toFixed(2));
}
await time('atomic', () => writeFileAtomic(f, buf, { mode: 0o600 }));
await time('durably', () => writeFileDurably(f, buf));
await time('atomic', () => writeFileAtomic(f, buf, { mode: 0o600 }));
await time('durably', () => writeFileDurably(f, buf));
await time('lock', async () => { const r = await acquireWriterLock({ lockPath: path.join(dir, 'l.lock') }); await r(); });
const rs = new RevisionStore(path.join(dir, 'rev.json'));
let rev = 1;
await time('revision', () => rs.record(Buffer.alloc(16, 1), rev++, randomBytes(32)));
