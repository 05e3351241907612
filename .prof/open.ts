import { randomBytes } from 'node:crypto';
import { DEFAULT_SCRYPT_PARAMS, derivePassphraseKey } from '../main/vault/kdf.ts';
const mod = await import('../bench/journal.bench.ts');
const b = (mod.default as any[]).find((x) => x.name === 'journal.open.10k');
const ctx = await b.setup();
const kdf: number[] = [], open: number[] = [];
for (let i = 0; i < Number(process.argv[2] ?? 8); i++) {
  let t = performance.now(); await derivePassphraseKey('x', randomBytes(16), DEFAULT_SCRYPT_PARAMS); kdf.push(performance.now() - t);
  const r = await b.run(ctx); open.push(r.elapsedMs);
}
await b.teardown(ctx);
const s = (x: number[]) => [...x].sort((a, b) => a - b);
const k = s(kdf), o = s(open);
console.log('kdf', k.map((x) => x.toFixed(0)).join(' '));
console.log('open', o.map((x) => x.toFixed(0)).join(' '));
console.log('overhead (median open - median kdf)', (o[o.length >> 1]! - k[k.length >> 1]!).toFixed(0), ' min-min', (o[0]! - k[0]!).toFixed(0));
