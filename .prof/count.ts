import { generateEntries } from '../bench/search.bench.ts';
const entries = generateEntries(10_000);
let nonAscii = 0, chars = 0, runs = 0, twoByte = 0;
const cps = new Map<string, number>();
for (const e of entries) { chars += e.body.length; let prev = false; let any = false;
  for (const ch of e.body) { const na = ch.charCodeAt(0) >= 0x80; if (na) { nonAscii++; cps.set(ch, (cps.get(ch) ?? 0) + 1); any = true; if (!prev) runs++; } prev = na; }
  if (any) twoByte++;
}
console.log({ chars, nonAscii, runs, entriesWithNonAscii: twoByte });
console.log([...cps].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([c, n]) => `${c}:${n}`).join(' '));
