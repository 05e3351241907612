import { generateEntries } from '../bench/search.bench.ts';
import { foldForSearch, foldWithOffsets } from '../main/journal/search/fold.ts';
const entries = generateEntries(10_000);
const LETTER_FOLDS: Record<string, string> = { ß: 'ss', ς: 'σ', ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', æ: 'ae', œ: 'oe', '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"' };
const LP = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const D = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/gu;
const whole = (t: string) => t.normalize('NFKD').toLowerCase().normalize('NFKD').replace(LP, (l) => LETTER_FOLDS[l] ?? l).replace(D, '').normalize('NFC');
for (let r = 0; r < 4; r++) {
  let s = performance.now(); let n = 0;
  for (const e of entries) n += foldForSearch(e.body).length;
  const a = performance.now() - s; s = performance.now(); let m = 0;
  for (const e of entries) m += whole(e.body).length;
  const b = performance.now() - s;
  let diff = 0; for (const e of entries) if (whole(e.body) !== foldForSearch(e.body)) diff++;
  console.log('cluster', a.toFixed(1), 'whole', b.toFixed(1), n, m, 'diff', diff);
}
