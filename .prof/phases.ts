import { generateEntries } from '../bench/search.bench.ts';
import { newJournalDocument, loadJournalDocument } from '../main/journal/journal-document.ts';
import { stampChanges } from '../main/sync/stamp-changes.ts';
const now = new Date();
let doc: any = { ...newJournalDocument('2026-12-01', now), entries: generateEntries(10_000) };
doc = stampChanges(newJournalDocument('2026-12-01', now), doc, 'dev1', now);
const json = JSON.stringify(doc);
const buf = Buffer.from(json);
console.log('MB', (buf.length / 1e6).toFixed(1), 'sync keys', Object.keys(doc.sync ?? {}));
for (let r = 0; r < 6; r++) {
  let t = performance.now();
  const s = buf.toString('utf8'); const a = performance.now() - t; t = performance.now();
  const raw = JSON.parse(s); const b = performance.now() - t; t = performance.now();
  const d = loadJournalDocument(raw); const c = performance.now() - t;
  console.log(`toString ${a.toFixed(1)} parse ${b.toFixed(1)} validate ${c.toFixed(1)}`, d.entries.length);
}
