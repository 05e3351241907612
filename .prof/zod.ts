import { z } from 'zod';
import { generateEntries } from '../bench/search.bench.ts';
import { newJournalDocument, JournalDocumentSchema } from '../main/journal/journal-document.ts';
import { stampChanges } from '../main/sync/stamp-changes.ts';
import { EntrySchema, StoredDaySchema } from '../shared/domain.ts';
const now = new Date();
let doc: any = { ...newJournalDocument('2026-12-01', now), entries: generateEntries(10_000) };
doc = stampChanges(newJournalDocument('2026-12-01', now), doc, 'dev1', now);
const json = JSON.stringify(doc);
const variants: Record<string, z.ZodTypeAny> = {
  full: JournalDocumentSchema,
  entriesOnly: z.array(EntrySchema.extend({ day: StoredDaySchema })),
  entriesNoDay: z.array(EntrySchema.extend({ day: z.string() })),
  entriesNoDates: z.array(EntrySchema.extend({ day: z.string(), createdAt: z.string(), updatedAt: z.string() })),
  sync: z.any(),
};
const pick: Record<string, (d: any) => unknown> = { full: (d) => d, entriesOnly: (d) => d.entries, entriesNoDay: (d) => d.entries, entriesNoDates: (d) => d.entries, sync: (d) => d.sync };
for (let r = 0; r < 5; r++) {
  const out: string[] = [];
  for (const [k, s] of Object.entries(variants)) {
    const raw = JSON.parse(json);
    const t = performance.now(); const res = s.safeParse(pick[k]!(raw)); out.push(`${k} ${(performance.now() - t).toFixed(1)}${res.success ? '' : ' FAIL'}`);
  }
  console.log(out.join(' | '));
}
