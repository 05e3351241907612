/** A plain entry for the presentational components' jsdom tests (lists given as props, no core). */
import type { Entry } from '../../../../shared/domain.ts';

/** An entry with plain defaults; tests override what they are about. */
export function sampleEntry(fields: Partial<Entry> & { id: string }): Entry {
  const day = fields.day ?? '2026-03-03';
  return {
    day,
    body: 'Walked by the sea today.',
    mood: 3,
    emotions: [],
    tags: [],
    section: null,
    prompt: null,
    createdAt: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    ...fields,
  };
}
