import { StoredDaySchema } from '../shared/domain.ts';
const old = (value: string) => { if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false; const [y, m, d] = value.split('-').map(Number) as [number, number, number]; const date = new Date(Date.UTC(y, m - 1, d)); return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d; };
let bad = 0, n = 0;
for (let y = 0; y <= 10000; y += (y < 120 || (y > 1890 && y < 2110) || y > 9990 ? 1 : 37)) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
  const v = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`; if (v.length !== 10) continue; n++;
  if (StoredDaySchema.safeParse(v).success !== old(v)) { bad++; if (bad < 5) console.log('differs', v); }
}
console.log('checked', n, 'differ', bad);
