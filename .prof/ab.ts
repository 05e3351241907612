import { generateEntries } from '../bench/search.bench.ts';
import { createSearchIndex as createNew } from '../main/journal/search/search-index.ts';
import { createSearchIndex as createOld } from '../main/journal/search/zz-old-index.ts';
const entries = generateEntries(10_000);
const json = JSON.stringify(entries);
const Q = ['walk park', 'therap', 'miss', 'Mädchen', 'sunday morning', 'cafe'];
const res: Record<string, number[]> = { old: [], new: [], oldSteady: [], newSteady: [] };
for (let r = 0; r < 12; r++) {
  for (const [name, create] of (r % 2 ? [['old', createOld], ['new', createNew]] : [['new', createNew], ['old', createOld]]) as const) {
    const fresh = JSON.parse(json); // the garbage an unlock leaves
    const t = performance.now();
    const index = create(fresh);
    index.rank(Q[r % Q.length]!);
    res[name]!.push(performance.now() - t);
    const s = performance.now();
    for (const q of Q) index.rank(q);
    res[`${name}Steady`]!.push((performance.now() - s) / Q.length);
  }
}
for (const [k, v] of Object.entries(res)) { const y = [...v].sort((a, b) => a - b); console.log(k.padEnd(10), 'min', y[0]!.toFixed(1), 'median', y[y.length >> 1]!.toFixed(1)); }
