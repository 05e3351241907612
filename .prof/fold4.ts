import { generateEntries } from '../bench/search.bench.ts';
import { foldForSearch, foldWithOffsets } from '../main/journal/search/fold.ts';
const entries = generateEntries(10_000);
const a: number[] = [], b: number[] = [];
for (let r = 0; r < 20; r++) {
  let s = performance.now(); for (const e of entries) foldForSearch(e.body); a.push(performance.now() - s);
  s = performance.now(); for (const e of entries) foldWithOffsets(e.body); b.push(performance.now() - s);
}
const q = (x: number[]) => { const y = [...x].sort((m, n) => m - n); return `min ${y[0]!.toFixed(1)} p25 ${y[5]!.toFixed(1)} first ${x[0]!.toFixed(1)}`; };
console.log('new', q(a), '| old+offsets', q(b));
