const mod = await import('../bench/journal.bench.ts');
const b = (mod.default as any[]).find((x) => x.name === 'journal.search.10k.first');
const ctx = await b.setup();
const { dispatch } = await import('../main/core/dispatch.ts');
const Q = ['walk park', 'therap', 'miss', 'Mädchen', 'sunday morning', 'cafe'];
for (let i = 0; i < 7; i++) {
  await dispatch(ctx.core.handlers, 'unlock', { passphrase: 'ten thousand days of writing' });
  const c = process.cpuUsage(); const t = performance.now();
  const r: any = await dispatch(ctx.core.handlers, 'searchEntries', { query: Q[i % Q.length] });
  const d = process.cpuUsage(c);
  console.log(Q[i % Q.length].padEnd(16), 'wall', (performance.now() - t).toFixed(1), 'cpu', ((d.user + d.system) / 1000).toFixed(1), r.ok ? r.value.total ?? r.value.items?.length : r.error.message);
  await ctx.core.lock('user');
}
await b.teardown(ctx);
