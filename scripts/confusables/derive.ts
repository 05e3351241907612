/**
 * Which characters Unicode's confusables data (UTS #39 `confusables.txt`) says look like one Latin
 * letter, read from the copy the `unhomoglyph` package ships (`data.json`: character → skeleton).
 *
 * A row is kept when its source is one letter outside ASCII and its skeleton, without combining
 * marks, is one ASCII letter ("Қ" → "K̩" → "K"). Characters NFKC already turns into that letter
 * (full-width and mathematical letters) are left to NFKC. The skeleton's case is the shape's case;
 * a small letter whose skeleton is a capital is drawn like a small capital ("caseless": its case
 * comes from the word), and an I-shaped stroke (skeleton "l" from a capital or uncased letter) is
 * marked as a bar, to be read as I or l from the word around it. Accented letters of real
 * languages are left out (see isLanguageLetter).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface DerivedRow {
  codePoint: number;
  latin: string;
  caseless: boolean;
  bar: boolean;
}

const LETTER = /^\p{L}$/u;
const MARKS = /\p{M}/gu;
const ASCII_LETTER = /^[A-Za-z]$/;

/**
 * Letters of real European orthographies that the data maps to their base letter (Ç, Ø, Ł, Ő, Ț):
 * Latin letters with a canonical decomposition, and all of Latin-1 and Latin Extended-A. They are
 * never look-alikes. (The dotless ı is added back by the curated table, with its Turkish guard.)
 */
function isLanguageLetter(source: string, codePoint: number): boolean {
  if (!/^\p{Script=Latin}$/u.test(source)) return false;
  return source.normalize('NFD') !== source || (codePoint >= 0x00c0 && codePoint <= 0x017f);
}

export function deriveRows(data: Readonly<Record<string, string>>): DerivedRow[] {
  const rows: DerivedRow[] = [];
  for (const [source, skeleton] of Object.entries(data)) {
    const codePoint = source.codePointAt(0)!;
    if ([...source].length !== 1 || codePoint < 0x80 || !LETTER.test(source)) continue;
    const base = skeleton.normalize('NFD').replace(MARKS, '');
    if (!ASCII_LETTER.test(base)) continue;
    if (ASCII_LETTER.test(source.normalize('NFKC'))) continue;
    if (isLanguageLetter(source, codePoint)) continue;
    const lower = source.toLowerCase() === source && source.toUpperCase() !== source;
    const upperSkeleton = base !== base.toLowerCase();
    if (base === 'l' && !lower) {
      rows.push({ codePoint, latin: 'I', caseless: false, bar: true });
      continue;
    }
    rows.push({ codePoint, latin: base, caseless: lower && upperSkeleton, bar: false });
  }
  return rows.sort((a, b) => a.codePoint - b.codePoint);
}

/** The data and the Unicode version it was taken from (the package's changelog names it). */
export function readInstalledData(): {
  data: Record<string, string>;
  unicodeVersion: string;
  packageVersion: string;
} {
  const require = createRequire(import.meta.url);
  const dataPath = require.resolve('unhomoglyph/data.json');
  const packagePath = require.resolve('unhomoglyph/package.json');
  const changelog = readFileSync(packagePath.replace(/package\.json$/, 'CHANGELOG.md'), 'utf8');
  const unicodeVersion = /Update mapping data to version (\d+\.\d+\.\d+)/.exec(changelog)?.[1];
  if (!unicodeVersion)
    throw new Error('unhomoglyph’s changelog does not name the Unicode version of its data.');
  return {
    data: JSON.parse(readFileSync(dataPath, 'utf8')) as Record<string, string>,
    unicodeVersion,
    packageVersion: (JSON.parse(readFileSync(packagePath, 'utf8')) as { version: string }).version,
  };
}
