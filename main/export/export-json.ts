/**
 * The JSON export: our versioned, documented schema (docs/export-format.md), for taking the
 * journal elsewhere or reading it with a script. Entries keep exactly the fields of the journal's
 * own entry schema, so a future import is a validation, not a translation.
 */
import { z } from 'zod';
import { ContactSchema, DaySchema, type Entry, EntrySchema } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import type { ExportDocumentInput } from './export-input.ts';
import type { ExportFile } from './export-markdown.ts';

export const JSON_EXPORT_FORMAT = 'interlude-export';
export const JSON_EXPORT_VERSION = 1;

/** The schema of a version-1 JSON export. */
export const JsonExportSchema = z.object({
  format: z.literal(JSON_EXPORT_FORMAT),
  version: z.literal(JSON_EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  range: z.object({ from: DaySchema, to: DaySchema }),
  sections: z.record(z.string().min(1).max(80), z.string().max(300)),
  entries: z.array(EntrySchema),
  contacts: z.array(ContactSchema),
});
export type JsonExport = z.infer<typeof JsonExportSchema>;

/** The export as a JSON value (entries in the order given, prompts dropped when not included). */
export function buildJsonExportValue(input: ExportDocumentInput): JsonExport {
  const usedSections = new Set(
    input.entries.flatMap((entry) => (entry.section === null ? [] : [entry.section])),
  );
  const sections: Record<string, string> = {};
  for (const id of [...usedSections].sort()) sections[id] = input.sectionTitles[id] ?? id;
  return {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    exportedAt: input.generatedAt,
    range: { from: input.range.from, to: input.range.to },
    sections,
    entries: input.entries.map((entry) => exportedEntry(entry, input.includePrompts)),
    contacts: (input.contacts ?? [])
      .filter((contact) => contact.day >= input.range.from && contact.day <= input.range.to)
      .map((contact) => ({ day: contact.day, note: contact.note })),
  };
}

/** The JSON export file: `interlude-FROM-to-TO.json`, pretty-printed UTF-8. */
export function buildJsonExport(input: ExportDocumentInput): ExportFile {
  return {
    fileName: `interlude-${input.range.from}-to-${input.range.to}.json`,
    content: `${JSON.stringify(buildJsonExportValue(input), null, 2)}\n`,
  };
}

/** Reads a JSON export back, checking it against the schema. Throws INVALID_INPUT or UNSUPPORTED_VERSION. */
export function parseJsonExport(text: string): JsonExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InterludeError(
      'INVALID_INPUT',
      'This file is not valid JSON, so it is not an Interlude export.',
    );
  }
  const envelope = z.object({ format: z.literal(JSON_EXPORT_FORMAT), version: z.number() }).safeParse(value);
  if (!envelope.success) {
    throw new InterludeError('INVALID_INPUT', 'This file is not an Interlude export.');
  }
  if (envelope.data.version > JSON_EXPORT_VERSION) {
    throw new InterludeError(
      'UNSUPPORTED_VERSION',
      'This export was made by a newer version of Interlude. Update Interlude, then try again.',
    );
  }
  const parsed = JsonExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (at ${issue.path.map(String).join('.')})` : '';
    throw new InterludeError('INVALID_INPUT', `This Interlude export is damaged or incomplete${where}.`);
  }
  return parsed.data;
}

function exportedEntry(entry: Entry, includePrompts: boolean): Entry {
  // A fixed key order keeps exports diffable from one run to the next.
  return {
    id: entry.id,
    day: entry.day,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    section: entry.section,
    prompt: includePrompts && entry.prompt ? { ...entry.prompt } : null,
    mood: entry.mood,
    emotions: [...entry.emotions],
    tags: [...entry.tags],
    body: entry.body,
  };
}
