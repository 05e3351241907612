import { describe, expect, it } from 'vitest';
import { canonicalJson, sameJson } from './canonical.ts';
import {
  compareVersions,
  decodeVersion,
  encodeVersion,
  hasSeenContentOf,
  joinVersions,
  nextVersion,
  newWriterId,
  StoredVersionSchema,
} from './record-version.ts';

const at = new Date('2026-12-01T10:00:00Z');

describe('record versions', () => {
  it('tells an edit made after another from two edits made apart', () => {
    const first = nextVersion(undefined, 'laptop', at);
    const onTop = nextVersion(first, 'desktop', at);
    const apart = nextVersion(first, 'laptop', at);
    expect(compareVersions(first, onTop)).toBe('before');
    expect(compareVersions(onTop, first)).toBe('after');
    expect(compareVersions(onTop, apart)).toBe('concurrent');
    expect(compareVersions(first, structuredClone(first))).toBe('equal');
    expect(compareVersions(undefined, first)).toBe('before');
  });

  it('knows which text a joined version has already seen', () => {
    const base = nextVersion(undefined, 'laptop', at);
    const desktop = nextVersion(base, 'desktop', at);
    const laptop = nextVersion(base, 'laptop', at);
    const joined = joinVersions(desktop, laptop)!;
    expect(joined).toMatchObject({ by: 'desktop', seen: { desktop: 1, laptop: 2 } });
    expect(hasSeenContentOf(joined, laptop)).toBe(true);
    expect(hasSeenContentOf(desktop, laptop)).toBe(false);
    expect(compareVersions(laptop, joined)).toBe('before');
  });

  it('stores a version as one short string that reads back the same', () => {
    const version = nextVersion(nextVersion(undefined, 'Zp0a-M1', at), 'k3Fq_9x', at);
    const stored = encodeVersion(version);
    expect(stored).toBe('k3Fq_9x 2026-12-01T10:00:00.000Z Zp0a-M1:1 k3Fq_9x:1');
    expect(StoredVersionSchema.parse(stored)).toBe(stored);
    expect(decodeVersion(stored)).toEqual(version);
    for (const broken of [
      '',
      'k3Fq9x',
      'k3Fq9x 2026-12-01 k3Fq9x:1',
      'k3Fq9x 2026-12-01T10:00:00Z k3Fq9x:0',
    ]) {
      expect(StoredVersionSchema.safeParse(broken).success).toBe(false);
    }
  });

  it('gives each session its own short writer id', () => {
    const ids = new Set(Array.from({ length: 100 }, newWriterId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8}$/);
  });
});

describe('comparing JSON values the same way on every device', () => {
  it('ignores key order, and counts a key set to undefined as absent', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, c: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, c: null })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: [] }, { a: {} })).toBe(false);
  });
});
