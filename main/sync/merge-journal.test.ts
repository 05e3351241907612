import { describe, expect, it } from 'vitest';
import { loadJournalDocument } from '../journal/journal-document.ts';
import { canonicalJson } from './canonical.ts';
import { mergeJournalDocuments } from './merge-journal.ts';
import { blankJournal, entryWith, START, TestDevice } from './test-device.ts';

/** Two devices that start from the same journal, with clocks the test moves by hand. */
function twoDevices(setup?: (laptop: TestDevice) => void) {
  let now = START.getTime();
  const clock = () => new Date(now);
  const tick = (minutes = 1) => {
    now += minutes * 60_000;
  };
  const laptop = new TestDevice('laptop', blankJournal(), clock);
  setup?.(laptop);
  tick();
  const desktop = new TestDevice('desktop', structuredClone(laptop.document), clock);
  return { laptop, desktop, tick, clock };
}

/** A journal as Interlude 1 wrote it (format 1: no versions), holding one entry. */
const v1 = {
  schemaVersion: 1,
  createdAt: START.toISOString(),
  settings: blankJournal().settings,
  entries: [entryWith('a', 'the original', START)],
  draft: null,
  contacts: [],
  packs: [],
};

function bodies(device: TestDevice): string[] {
  return device.document.entries.map((entry) => entry.body).sort();
}

/** Merges both ways and checks both devices end with the same journal, byte for byte. */
function syncBoth(a: TestDevice, b: TestDevice): void {
  const before = a.document;
  a.merge(b.document);
  b.merge(before);
  expect(canonicalJson(a.document)).toBe(canonicalJson(b.document));
}

describe('merging two copies of a journal', () => {
  it('keeps an entry added on either side', () => {
    const { laptop, desktop, tick } = twoDevices();
    laptop.add('a', 'written on the laptop');
    tick();
    desktop.add('b', 'written on the desktop');
    const report = laptop.merge(desktop.document);
    expect(report.entries).toMatchObject({ added: 1, updated: 0, deleted: 0, conflicts: 0 });
    expect(bodies(laptop)).toEqual(['written on the desktop', 'written on the laptop']);
    syncBoth(laptop, desktop);
  });

  it('deletes an entry deleted on one side and unchanged on the other', () => {
    const { laptop, desktop } = twoDevices((d) => d.add('a', 'an old entry'));
    desktop.delete('a');
    expect(laptop.merge(desktop.document).entries.deleted).toBe(1);
    expect(laptop.entry('a')).toBeUndefined();
    syncBoth(laptop, desktop);
    expect(desktop.entry('a')).toBeUndefined();
  });

  it('keeps the edit when an entry was edited on one side and deleted on the other', () => {
    const { laptop, desktop, tick } = twoDevices((d) => d.add('a', 'first words'));
    desktop.delete('a');
    tick();
    laptop.edit('a', 'first words, and more I added later');
    syncBoth(laptop, desktop);
    expect(desktop.entry('a')?.body).toBe('first words, and more I added later');
    // The edit wins even when the deletion came later on the clock: the deleter never saw it.
    const late = twoDevices((d) => d.add('x', 'text'));
    late.laptop.edit('x', 'text, edited');
    late.tick(60);
    late.desktop.delete('x');
    syncBoth(late.laptop, late.desktop);
    expect(late.desktop.entry('x')?.body).toBe('text, edited');
  });

  it('takes an edit made on one side only', () => {
    const { laptop, desktop } = twoDevices((d) => d.add('a', 'before'));
    desktop.edit('a', 'after');
    expect(laptop.merge(desktop.document).entries.updated).toBe(1);
    expect(laptop.entry('a')?.body).toBe('after');
    syncBoth(laptop, desktop);
  });

  it('keeps both versions of an entry edited differently on two devices, the newer as the entry', () => {
    const { laptop, desktop, tick } = twoDevices((d) => d.add('a', 'the evening walk'));
    laptop.edit('a', 'the evening walk, by the river');
    tick();
    desktop.edit('a', 'the evening walk, in the rain');
    const report = laptop.merge(desktop.document);
    expect(report.entries.conflicts).toBe(1);
    expect(laptop.entry('a')?.body).toBe('the evening walk, in the rain');
    const other = laptop.document.entries.find((entry) => entry.conflict);
    expect(other).toMatchObject({ body: 'the evening walk, by the river', conflict: { of: 'a' } });
    syncBoth(laptop, desktop);
    expect(desktop.document.entries).toHaveLength(2);
    // Merging again, or with a third copy that still has the original, makes no further copies.
    syncBoth(laptop, desktop);
    const third = new TestDevice('phone', blankJournal(), () => START);
    third.document = structuredClone(twoDevices((d) => d.add('a', 'the evening walk')).laptop.document);
    third.merge(laptop.document);
    expect(third.document.entries).toHaveLength(2);
    expect(canonicalJson(third.document)).toBe(canonicalJson(laptop.document));
  });

  it('makes no copy of a version that a third device had already edited further', () => {
    const { laptop, desktop, tick, clock } = twoDevices((d) => d.add('a', 'start'));
    desktop.edit('a', 'desktop text');
    tick();
    laptop.edit('a', 'laptop text');
    const phone = new TestDevice('phone', structuredClone(laptop.document), clock);
    tick();
    phone.edit('a', 'laptop text, finished on the phone');
    laptop.merge(desktop.document);
    laptop.merge(phone.document);
    expect(laptop.document.entries.map((entry) => entry.body).sort()).toEqual([
      'desktop text',
      'laptop text, finished on the phone',
    ]);
  });

  it('lets the user resolve the two versions: deleting "the other version" stays deleted', () => {
    const { laptop, desktop, tick } = twoDevices((d) => d.add('a', 'draft one'));
    laptop.edit('a', 'laptop text');
    tick();
    desktop.edit('a', 'desktop text');
    syncBoth(laptop, desktop);
    const copy = laptop.document.entries.find((entry) => entry.conflict)!;
    tick();
    laptop.delete(copy.id);
    syncBoth(laptop, desktop);
    expect(desktop.document.entries.map((entry) => entry.body)).toEqual(['desktop text']);
  });

  it('keeps an entry deleted after a conflict deleted on the device that lost it', () => {
    const { laptop, desktop, tick } = twoDevices((d) => d.add('a', 'draft one'));
    desktop.edit('a', 'desktop text');
    tick();
    laptop.edit('a', 'laptop text');
    laptop.merge(desktop.document);
    tick();
    laptop.delete('a');
    // The desktop has not seen the merge: its own version is the one the laptop kept as a copy.
    desktop.merge(laptop.document);
    expect(desktop.document.entries.map((entry) => [entry.body, entry.conflict?.of])).toEqual([
      ['desktop text', 'a'],
    ]);
  });

  it('merges settings field by field, the newest change winning', () => {
    const { laptop, desktop, tick } = twoDevices();
    laptop.setSettings({ theme: 'dark', autoLockMinutes: 10 });
    tick();
    desktop.setSettings({ autoLockMinutes: 15 });
    const report = laptop.merge(desktop.document);
    expect(report.settings).toEqual(['autoLockMinutes']);
    expect(laptop.document.settings).toMatchObject({ theme: 'dark', autoLockMinutes: 15 });
    syncBoth(laptop, desktop);
  });

  it('merges the contact log as a set: days from both sides, removals kept', () => {
    const { laptop, desktop, tick } = twoDevices((d) => d.logContact({ day: '2026-11-20', note: '' }));
    laptop.logContact({ day: '2026-11-28', note: 'a text message' });
    tick();
    desktop.logContact({ day: '2026-11-30', note: '' });
    desktop.removeContact('2026-11-20');
    syncBoth(laptop, desktop);
    expect(laptop.document.contacts.map((contact) => contact.day)).toEqual(['2026-11-28', '2026-11-30']);
  });

  it('merges imported prompt packs as a set', () => {
    const { laptop, desktop } = twoDevices();
    const pack = (id: string) => ({ id, title: id, builtIn: false, sections: [] });
    laptop.document = { ...laptop.document, packs: [pack('import-a')] };
    desktop.document = { ...desktop.document, packs: [pack('import-b')] };
    syncBoth(laptop, desktop);
    expect(laptop.document.packs.map((p) => p.id)).toEqual(['import-a', 'import-b']);
  });

  it('merges two copies forked before versions existed, losing neither text', () => {
    const ours = loadJournalDocument({
      ...v1,
      entries: [{ ...entryWith('a', 'changed here', START), updatedAt: '2026-12-01T10:00:00.000Z' }],
    });
    const theirs = loadJournalDocument({
      ...v1,
      entries: [...v1.entries, entryWith('b', 'new there', START)],
    });
    const { document, report } = mergeJournalDocuments(ours, theirs, START);
    expect(document.entries.map((entry) => entry.body).sort()).toEqual([
      'changed here',
      'new there',
      'the original',
    ]);
    expect(document.entries.find((entry) => entry.id === 'a')?.body).toBe('changed here');
    expect(report.entries).toMatchObject({ added: 1, conflicts: 1 });
  });

  it('keeps the text of a copy from before versions beside an entry edited since', () => {
    // The fork Interlude 1 saved beside the journal, with an edit made there in the morning.
    const fork = loadJournalDocument({
      ...v1,
      entries: [{ ...entryWith('a', 'edited in the fork', START), updatedAt: '2026-12-01T09:30:00.000Z' }],
    });
    const laptop = new TestDevice('laptop', loadJournalDocument(v1), () => new Date('2026-12-01T11:00:00Z'));
    laptop.edit('a', 'edited after the upgrade');
    laptop.merge(fork);
    expect(laptop.entry('a')?.body).toBe('edited after the upgrade');
    expect(laptop.document.entries.find((entry) => entry.conflict)?.body).toBe('edited in the fork');
    const other = mergeJournalDocuments(fork, laptop.document, START).document;
    expect(canonicalJson(other)).toBe(
      canonicalJson(mergeJournalDocuments(laptop.document, fork, START).document),
    );
  });

  it('gives the same journal whichever copy is "ours"', () => {
    const { laptop, desktop, tick } = twoDevices((d) => {
      d.add('a', 'one');
      d.add('b', 'two');
    });
    laptop.edit('a', 'one, laptop');
    laptop.delete('b');
    laptop.setSettings({ theme: 'light' });
    tick();
    desktop.edit('a', 'one, desktop');
    desktop.add('c', 'three');
    desktop.setSettings({ theme: 'dark', pdfPageSize: 'Letter' });
    const one = mergeJournalDocuments(laptop.document, desktop.document, START).document;
    const other = mergeJournalDocuments(desktop.document, laptop.document, START).document;
    expect(canonicalJson(one)).toBe(canonicalJson(other));
  });

  it('keeps no text of a deleted entry, and forgets the deletion after 180 days', () => {
    const { laptop, desktop } = twoDevices((d) => d.add('a', 'something private'));
    desktop.delete('a');
    expect(JSON.stringify(desktop.document)).not.toContain('something private');
    const soon = mergeJournalDocuments(desktop.document, desktop.document, new Date('2027-05-01T00:00:00Z'));
    expect(soon.document.sync?.entries.deleted.a).toBeDefined();
    const later = mergeJournalDocuments(desktop.document, laptop.document, new Date('2027-06-30T00:00:00Z'));
    expect(later.document.sync?.entries.deleted.a).toBeUndefined();
    expect(later.document.entries).toEqual([]);
  });

  it('says whether the merged journal must be written back', () => {
    const { laptop, desktop } = twoDevices((d) => d.add('a', 'shared'));
    expect(mergeJournalDocuments(laptop.document, desktop.document, START).report).toMatchObject({
      differsFromTheirs: false,
      changedOurs: false,
    });
    laptop.add('b', 'only here');
    expect(mergeJournalDocuments(laptop.document, desktop.document, START).report).toMatchObject({
      differsFromTheirs: true,
      changedOurs: false,
    });
  });
});
