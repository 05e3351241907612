import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDays,
  dayOf,
  daysBetween,
  dayToUtcMilliseconds,
  eachDay,
  earlierDay,
  laterDay,
  startOfWeek,
  weekdayOf,
  yearOf,
} from './dates.ts';
import { InterludeError } from './errors.ts';

/** Evaluates expressions (which may use the module as `dates`) in a fresh Node with the TZ given. */
function evaluateInTimeZone(timeZone: string, expressions: readonly string[]): unknown[] {
  const moduleUrl = new URL('./dates.ts', import.meta.url).href;
  const script = `const dates = await import(${JSON.stringify(moduleUrl)}); console.log(JSON.stringify([${expressions.join(', ')}]));`;
  const output = execFileSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script],
    { env: { ...process.env, TZ: timeZone }, encoding: 'utf8' },
  );
  return JSON.parse(output);
}

/** Day arithmetic that must come out the same in every time zone, across daylight-saving changes. */
const ZONE_INDEPENDENT = [
  ["dates.daysBetween('2026-03-28', '2026-03-30')", 2],
  ["dates.addDays('2026-10-24', 2)", '2026-10-26'],
  ["dates.eachDay('2026-01-01', '2026-12-31').length", 365],
  ["dates.addDays('2011-12-29', 1)", '2011-12-30'],
] as const;

describe('dayOf', () => {
  it('reads the local calendar date, whatever the time of day', () => {
    expect(dayOf(new Date(2026, 0, 31, 0, 0))).toBe('2026-01-31');
    expect(dayOf(new Date(2026, 0, 31, 23, 59, 59))).toBe('2026-01-31');
    expect(dayOf(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it('refuses an invalid date instead of writing NaN-NaN-NaN into the journal', () => {
    expect(() => dayOf(new Date(Number.NaN))).toThrow(InterludeError);
  });

  it.each([
    {
      timeZone: 'Europe/Berlin',
      local: [
        // 23:30 UTC on the 28th is 00:30 on the 29th, the night clocks go forward ...
        ["dates.dayOf(new Date('2026-03-28T23:30:00Z'))", '2026-03-29'],
        // ... and 22:30 UTC on 24 October is 00:30 summer time on the 25th, the night they go back.
        ["dates.dayOf(new Date('2026-10-24T22:30:00Z'))", '2026-10-25'],
      ],
    },
    {
      timeZone: 'America/Sao_Paulo',
      local: [
        // In 2018 summer time began at local midnight; 02:30 UTC was still 23:30 on the 3rd ...
        ["dates.dayOf(new Date('2018-11-04T02:30:00Z'))", '2018-11-03'],
        // ... and the midnight that did not exist became 01:00 on the same day.
        ['dates.dayOf(new Date(2018, 10, 4))', '2018-11-04'],
      ],
    },
    {
      timeZone: 'Pacific/Apia',
      local: [
        // Samoa skipped 30 December 2011 entirely when it crossed the date line.
        ["dates.dayOf(new Date('2011-12-30T12:00:00Z'))", '2011-12-31'],
        ["dates.dayOf(new Date('2011-12-29T12:00:00Z'))", '2011-12-29'],
      ],
    },
    {
      timeZone: 'Australia/Lord_Howe',
      // Half-hour daylight saving: 14:45 UTC on 4 April 2026 is 01:45 on the 5th (UTC+11).
      local: [["dates.dayOf(new Date('2026-04-04T14:45:00Z'))", '2026-04-05']],
    },
  ])('reads local dates and counts days exactly in $timeZone', ({ timeZone, local }) => {
    const checks = [...local, ...ZONE_INDEPENDENT];
    expect(
      evaluateInTimeZone(
        timeZone,
        checks.map(([expression]) => expression),
      ),
    ).toEqual(checks.map(([, expected]) => expected));
  });
});

describe('addDays', () => {
  it('steps over month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-15', 0)).toBe('2026-03-15');
    expect(addDays('2026-03-15', 365)).toBe('2027-03-15');
  });

  it('knows which years are leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('keeps four-digit years below 100 (no jump to the 1900s)', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('refuses fractions of days and malformed or unreal dates', () => {
    expect(() => addDays('2026-03-15', 0.5)).toThrow(InterludeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(/real calendar date/);
    expect(() => addDays('2026-3-5', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => dayToUtcMilliseconds('yesterday')).toThrow(InterludeError);
  });
});

describe('daysBetween', () => {
  it('counts whole days, positive forward and negative backward', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('counts 366 days in a leap year and 365 in others', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
  });

  it('is the inverse of addDays', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2200-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -40_000, max: 40_000 }), (from, count) => {
        const to = addDays(from, count);
        expect(daysBetween(from, to)).toBe(count);
        expect(addDays(to, -count)).toBe(from);
        expect(compareDays(from, to)).toBe(Math.sign(-count) || 0);
      }),
    );
  });
});

describe('compareDays, earlierDay and laterDay', () => {
  it('sort days into calendar order', () => {
    expect(['2026-03-10', '2025-12-31', '2026-03-02'].sort(compareDays)).toEqual([
      '2025-12-31',
      '2026-03-02',
      '2026-03-10',
    ]);
    expect(earlierDay('2026-03-10', '2026-03-02')).toBe('2026-03-02');
    expect(laterDay('2026-03-10', '2026-03-02')).toBe('2026-03-10');
  });
});

describe('eachDay', () => {
  it('lists every day, both ends included', () => {
    expect(eachDay('2024-02-27', '2024-03-02')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
    expect(eachDay('2026-03-05', '2026-03-05')).toEqual(['2026-03-05']);
  });

  it('is empty when the end comes before the start', () => {
    expect(eachDay('2026-03-05', '2026-03-04')).toEqual([]);
  });
});

describe('weeks and years', () => {
  it('names the weekday', () => {
    expect(weekdayOf('2026-03-29')).toBe(0);
    expect(weekdayOf('2026-03-23')).toBe(1);
    expect(weekdayOf('2024-02-29')).toBe(4);
  });

  it('finds the start of the week, Monday by default', () => {
    expect(startOfWeek('2026-03-29')).toBe('2026-03-23');
    expect(startOfWeek('2026-03-23')).toBe('2026-03-23');
    expect(startOfWeek('2026-03-29', 0)).toBe('2026-03-29');
    expect(startOfWeek('2026-03-28', 0)).toBe('2026-03-22');
    expect(startOfWeek('2026-01-01')).toBe('2025-12-29');
  });

  it('gives the first and last day of the year', () => {
    expect(yearOf('2024-07-15')).toEqual({ first: '2024-01-01', last: '2024-12-31' });
  });
});
