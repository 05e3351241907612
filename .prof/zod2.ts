import { z } from 'zod';
import { generateEntries } from '../bench/search.bench.ts';
import { newJournalDocument, JournalDocumentSchema } from '../main/journal/journal-document.ts';
import { EntrySchema, StoredDaySchema } from '../shared/domain.ts';
const now = new Date();
const doc: any = { ...newJournalDocument('2026-12-01', now), entries: generateEntries(10_000) };
const json = JSON.stringify(doc);
const fastDay = z.string().refine((v) => v.length === 10 && v[4] === '-' && v[7] === '-');
const variants: Record<string, z.ZodTypeAny> = {

  entries: z.array(EntrySchema.extend({ day: StoredDaySchema })),
  noDayRefine: z.array(EntrySchema.extend({ day: fastDay })),
  plainDates: z.array(EntrySchema.extend({ day: z.string(), createdAt: z.string(), updatedAt: z.string() })),
  noTagsTrim: z.array(EntrySchema.extend({ day: z.string(), createdAt: z.string(), updatedAt: z.string(), tags: z.array(z.string()) })),
  parseOnly: z.any(),
  full: JournalDocumentSchema,
};
const times: Record<string, number[]> = {};
for (let r = 0; r < 12; r++) {
  for (const [k, s] of Object.entries(variants)) {
    const raw = JSON.parse(json);
    const input = k === 'full' ? raw : raw.entries;
    const t = performance.now(); const res = s.safeParse(input); (times[k] ??= []).push(performance.now() - t);
    if (!res.success) console.log(k, 'FAIL');
  }
}
for (const [k, v] of Object.entries(times)) { v.sort((a, b) => a - b); console.log(k.padEnd(12), 'min', v[0]!.toFixed(1), 'p25', v[3]!.toFixed(1)); }
const p: number[] = []; for (let r = 0; r < 12; r++) { const b = Buffer.from(json); const t = performance.now(); JSON.parse(b.toString('utf8')); p.push(performance.now() - t); }
p.sort((a, b) => a - b); console.log('toString+JSON.parse min', p[0]!.toFixed(1), 'MB', (json.length / 1e6).toFixed(1));
