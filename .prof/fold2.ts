import { generateEntries } from '../bench/search.bench.ts';
import { foldForSearch, foldWithOffsets } from '../main/journal/search/fold.ts';
const entries = generateEntries(10_000);
const cpu = (f: () => void) => { const c = process.cpuUsage(); f(); const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };
for (let r = 0; r < 6; r++) {
  const a = cpu(() => { for (const e of entries) foldForSearch(e.body); });
  const b = cpu(() => { for (const e of entries) foldWithOffsets(e.body); });
  console.log('runs', a.toFixed(1), 'clusters+offsets', b.toFixed(1));
}
