import { describe, expect, it } from 'vitest';
import { loadJournalDocument, type Migration, newJournalDocument } from './journal-document.ts';

const today = '2026-03-02';
const now = new Date(2026, 2, 2, 9, 0);

describe('loading the decrypted journal document', () => {
  it('accepts a current document as it is', () => {
    const document = newJournalDocument(today, now);
    expect(loadJournalDocument(structuredClone(document))).toEqual(document);
  });

  it('runs each migration in turn, from the stored version to the current one', () => {
    // A pretend format 3: format 2 renamed `contactDays` to `contacts`, format 3 moved the theme into settings.
    const current = newJournalDocument(today, now);
    const { contacts, settings, ...rest } = current;
    const { theme, ...settingsWithoutTheme } = settings;
    const storedV1 = {
      ...rest,
      schemaVersion: 1,
      settings: settingsWithoutTheme,
      contactDays: [{ day: '2026-03-01', note: '' }],
      legacyTheme: 'dark',
    };
    const migrations: Record<number, Migration> = {
      1: ({ contactDays, ...document }) => ({ ...document, contacts: contactDays, schemaVersion: 2 }),
      2: ({ legacyTheme, ...document }) => ({
        ...document,
        settings: { ...(document.settings as object), theme: legacyTheme },
        schemaVersion: 3,
      }),
    };
    const migrated = loadJournalDocument(storedV1, migrations, 3);
    expect(migrated).toMatchObject({
      schemaVersion: 3,
      contacts: [{ day: '2026-03-01', note: '' }],
      settings: { ...settingsWithoutTheme, theme: 'dark' },
    });
    expect(theme).toBe('system');
    expect(contacts).toEqual([]);
  });

  it('refuses a journal from a newer Interlude without touching it', () => {
    const future = { ...newJournalDocument(today, now), schemaVersion: 2 };
    expect(() => loadJournalDocument(future)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
  });

  it('reports a document that is not a journal as damaged, naming the part that is wrong', () => {
    expect(() => loadJournalDocument({})).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
    expect(() => loadJournalDocument([])).toThrow(expect.objectContaining({ code: 'VAULT_DAMAGED' }));
    const broken = newJournalDocument(today, now) as unknown as { entries: unknown[] };
    broken.entries = [{ id: 'x' }];
    expect(() => loadJournalDocument(broken)).toThrow(/entries\.0/);
  });

  it('refuses a format it has no migration for', () => {
    const old = { ...newJournalDocument(today, now), schemaVersion: 1 };
    expect(() => loadJournalDocument(old, {}, 2)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
  });
});

describe('days outside 1900–2100 in a stored journal', () => {
  it('still open, so a journal written by an earlier version is never locked out over a date', () => {
    const document = newJournalDocument('2026-03-10', new Date('2026-03-10T20:00:00Z'));
    const stored = structuredClone(document);
    stored.entries.push({
      id: 'old',
      day: '0100-01-01',
      body: 'written before days had a range',
      mood: null,
      emotions: [],
      tags: [],
      section: null,
      prompt: null,
      createdAt: '2026-03-10T20:00:00.000Z',
      updatedAt: '2026-03-10T20:00:00.000Z',
    });
    expect(loadJournalDocument(stored).entries[0]?.day).toBe('0100-01-01');
  });
});
