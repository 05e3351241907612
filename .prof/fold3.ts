import { generateEntries } from '../bench/search.bench.ts';
import { foldForSearch, foldWithOffsets } from '../main/journal/search/fold.ts';
const entries = generateEntries(10_000);
const terms = ['walk', 'park', 'therap', 'miss', 'madchen'];
for (let r = 0; r < 6; r++) {
  let s = performance.now();
  const a = entries.map((e) => foldForSearch(e.body));
  const f1 = performance.now() - s; s = performance.now();
  let n = 0; for (const t of a) if (t.includes(terms[r % 5]!)) n++;
  const s1 = performance.now() - s; s = performance.now();
  const b = entries.map((e) => foldWithOffsets(e.body).text);
  const f2 = performance.now() - s; s = performance.now();
  let m = 0; for (const t of b) if (t.includes(terms[r % 5]!)) m++;
  const s2 = performance.now() - s;
  console.log(`new fold ${f1.toFixed(1)} scan ${s1.toFixed(1)} | old fold ${f2.toFixed(1)} scan ${s2.toFixed(1)}`, n, m);
}
