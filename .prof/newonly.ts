import { generateEntries } from '../bench/search.bench.ts';
import { createSearchIndex as createNew } from '../main/journal/search/search-index.ts';
const entries = generateEntries(10_000);
const json = JSON.stringify(entries);
for (let r = 0; r < 8; r++) {
  const fresh = JSON.parse(json);
  let t = performance.now();
  const index = createNew(fresh);
  const b = performance.now() - t; t = performance.now();
  index.rank('walk park');
  const q = performance.now() - t;
  console.log('build', b.toFixed(1), 'rank', q.toFixed(1));
}
