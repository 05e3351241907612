/**
 * The day of a Daylio row. Daylio writes `full_date` as YYYY-MM-DD (older exports: a `year` column
 * and the day in words, "18 May"). A spreadsheet that re-saves the file rewrites it in its own
 * form ("05.03.2024", "3/5/2024"); the `date` column beside it still holds the day of the month,
 * which tells day from month where the order is ambiguous.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DaylioRow = Record<string, string | undefined>;

export interface RowDay {
  /** YYYY-MM-DD, to be checked as a real date; '' when it cannot be told. */
  day: string;
  /** What the row says, for the report. */
  shown: string;
  /** The day was read from a spreadsheet's form of the date, not Daylio's own. */
  rewritten: boolean;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day of an older export's row: its year, and "18 May" or "May 18" in English. */
function dayFromWords(year: string, words: string): string | null {
  const parts = words.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const dayOfMonth = parts.find((part) => /^\d{1,2}$/.test(part));
  const month = parts.map((part) => MONTHS.indexOf(part.slice(0, 3))).find((index) => index >= 0);
  if (!/^\d{4}$/.test(year.trim()) || dayOfMonth === undefined || month === undefined) return null;
  return isoDay(Number(year), month + 1, Number(dayOfMonth));
}

/** The one- or two-digit number in the `date` column ("5. März", "March 5", "12 de enero"). */
function dayOfMonthBeside(words: string | undefined): number | null {
  const numbers = (words ?? '').match(/\d+/g)?.filter((number) => number.length <= 2) ?? [];
  return numbers.length === 1 ? Number(numbers[0]) : null;
}

/** A spreadsheet's form of the date as YYYY-MM-DD; null when day and month cannot be told apart. */
function spreadsheetDay(text: string, beside: number | null): string | null {
  const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/.exec(text);
  if (yearFirst) return isoDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const yearLast = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (!yearLast) return null;
  const [first, second] = [Number(yearLast[1]), Number(yearLast[3])];
  const year = yearLast[4]!.length === 2 ? 2000 + Number(yearLast[4]) : Number(yearLast[4]);
  // Dots are day.month.year wherever they are used; slashes and dashes go either way.
  const dayFirst =
    yearLast[2] === '.' || first > 12 || (second <= 12 && beside === first && beside !== second);
  const monthFirst = !dayFirst && (second > 12 || beside === second || first === second);
  if (dayFirst) return isoDay(year, second, first);
  return monthFirst ? isoDay(year, first, second) : null;
}

export function rowDay(row: DaylioRow): RowDay {
  const fullDate = (row.full_date ?? '').trim();
  if (row.full_date === undefined && row.year !== undefined) {
    const shown = `${(row.date ?? '').trim()} ${row.year.trim()}`.trim();
    return { day: dayFromWords(row.year, row.date ?? '') ?? '', shown, rewritten: false };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(fullDate) || fullDate === '') {
    return { day: fullDate, shown: fullDate, rewritten: false };
  }
  const day = spreadsheetDay(fullDate, dayOfMonthBeside(row.date));
  return { day: day ?? '', shown: fullDate, rewritten: day !== null };
}
