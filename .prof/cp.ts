import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Vault } from '/work/main/main/vault/vault.ts';
const mod = await import(('../bench/' + (process.argv[4] ?? 'vault') + '.bench.ts'));
const P = 'a benchmark passphrase, long enough';
const list = mod.default as any[];
const b = list.find((x) => x.name === process.argv[2]);
const ctx = await b.setup();
await b.run(ctx);
const t = [];
for (let i = 0; i < Number(process.argv[3] ?? 5); i++) { const s = performance.now(); await b.run(ctx); t.push(performance.now() - s); }
console.log(process.argv[2], t.map((x) => x.toFixed(1)).join(' '));
await b.teardown?.(ctx);
