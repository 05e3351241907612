/**
 * Builds entries for the export tests: a valid entry with every optional field empty, changed
 * only where a test says so.
 */
import type { Entry } from '../../shared/domain.ts';

/** A valid entry on `overrides.day` (default 2025-03-01), with the given fields replaced. */
export function makeEntry(overrides: Partial<Entry> & { id: string }): Entry {
  const day = overrides.day ?? '2025-03-01';
  return {
    day,
    createdAt: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    body: '',
    mood: null,
    emotions: [],
    tags: [],
    section: null,
    prompt: null,
    ...overrides,
  };
}
