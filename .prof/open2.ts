const acc = new Map<string, number[]>(); let last = 0;
(globalThis as any).__t = (k: string) => { const n = performance.now(); if (k !== 'start') (acc.get(k) ?? acc.set(k, []).get(k)!).push(n - last); last = n; };
const mod = await import('../bench/journal.bench.ts');
const b = (mod.default as any[]).find((x) => x.name === 'journal.open.10k');
const ctx = await b.setup(); acc.clear();
for (let i = 0; i < 8; i++) { await b.run(ctx); }
await b.teardown(ctx);
for (const [k, v] of acc) { v.sort((a, b) => a - b); console.log(k.padEnd(14), 'median', v[v.length >> 1]!.toFixed(1), 'min', v[0]!.toFixed(1)); }
