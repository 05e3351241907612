import { describe, expect, it } from 'vitest';
import { apiArgs } from './api.ts';
import { DaySchema, StoredDaySchema } from './domain.ts';

describe('the range of days', () => {
  it('accepts every real day from 1900-01-01 to 2100-12-31', () => {
    for (const day of ['1900-01-01', '1999-12-31', '2024-02-29', '2100-12-31']) {
      expect(DaySchema.safeParse(day).success).toBe(true);
    }
  });

  it('refuses days outside it, with words that say the range', () => {
    for (const day of ['0100-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      const parsed = DaySchema.safeParse(day);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('must be between 1900-01-01 and 2100-12-31');
    }
  });

  it('holds wherever a day enters the API', () => {
    expect(apiArgs.createEntry.safeParse({ day: '9999-12-31', body: 'x' }).success).toBe(false);
    expect(apiArgs.updateEntry.safeParse({ id: 'a', changes: { day: '0100-01-01' } }).success).toBe(false);
    expect(apiArgs.listEntries.safeParse({ filter: { from: '0100-01-01' } }).success).toBe(false);
    expect(apiArgs.searchEntries.safeParse({ query: 'x', filter: { to: '2101-01-01' } }).success).toBe(false);
    expect(apiArgs.updateSettings.safeParse({ spaceStart: '2101-01-01' }).success).toBe(false);
    expect(apiArgs.logContact.safeParse({ day: '1850-06-01' }).success).toBe(false);
    expect(apiArgs.createEntry.safeParse({ day: '2026-03-10', body: 'x' }).success).toBe(true);
    expect(apiArgs.listEntries.safeParse({ filter: { from: '2026-03-10' } }).success).toBe(true);
    expect(apiArgs.searchEntries.safeParse({ query: 'x', filter: { to: '2026-03-10' } }).success).toBe(true);
  });

  it('still reads any real day a journal already holds', () => {
    expect(StoredDaySchema.safeParse('0100-01-01').success).toBe(true);
    expect(StoredDaySchema.safeParse('2026-02-30').success).toBe(false);
  });
});
