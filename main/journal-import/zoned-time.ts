/**
 * Days and times as the writer saw them. An imported entry belongs to the calendar day of the place
 * it was written: Day One stores an instant (UTC) and the writer's IANA time zone, so 23:30 UTC
 * written in Asia/Tokyo is the next morning there, and the entry's day is that next day.
 */
import type { Day } from '../../shared/domain.ts';

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormatFor(timeZone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      // en-CA writes dates as YYYY-MM-DD; the parts are read one by one all the same.
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      format = null;
    }
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** True when the runtime knows the IANA time zone (e.g. "Asia/Tokyo"). */
export function isKnownTimeZone(timeZone: string): boolean {
  return dayFormatFor(offsetZone(timeZone)) !== null;
}

/**
 * "GMT+0900", "UTC+9", "GMT-05:30" as the offset "+09:00" the runtime knows; other names unchanged.
 * Older Day One exports, and devices with no named zone, write the zone that way.
 */
function offsetZone(timeZone: string): string {
  const match = /^(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone.trim());
  if (!match) return timeZone;
  return `${match[1]}${match[2]!.padStart(2, '0')}:${match[3] ?? '00'}`;
}

/** The calendar day of `instant` in `timeZone`; null when the zone is unknown. */
export function dayInTimeZone(instant: Date, timeZone: string): Day | null {
  const format = dayFormatFor(offsetZone(timeZone));
  if (!format) return null;
  let year = '';
  let month = '';
  let day = '';
  for (const part of format.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/**
 * The instant an ISO date and time stands for, or null when it names no real moment: the runtime
 * would read 30 February as 1 March without a word, so the calendar date is checked first.
 */
export function parseInstant(text: string): Date | null {
  const calendar = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (calendar) {
    const [year, month, day] = calendar.slice(1).map(Number) as [number, number, number];
    const check = new Date(Date.UTC(2000, month - 1, day));
    check.setUTCFullYear(year);
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  }
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** The calendar day of `instant` in the time zone this process runs in. */
export function localDayOf(instant: Date): Day {
  const year = String(instant.getFullYear()).padStart(4, '0');
  return `${year}-${String(instant.getMonth() + 1).padStart(2, '0')}-${String(instant.getDate()).padStart(2, '0')}`;
}

/**
 * The instant of a wall-clock time on a day, read in this process's time zone (the writer's own,
 * for apps such as jrnl and Daylio that store local times without a zone). Null for a bad time.
 */
export function localWallTime(day: Day, hours: number, minutes: number): Date | null {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours > 23 || minutes > 59) return null;
  if (hours < 0 || minutes < 0) return null;
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1, hours, minutes);
  date.setFullYear(year, month - 1, dayOfMonth);
  return Number.isNaN(date.getTime()) ? null : date;
}

// How the 12-hour clock is written where Daylio is used: "pm", "p.m.", Spanish "p. m.", and the
// morning/afternoon words of Japanese, Korean and Chinese, written before or after the time.
const MORNING = /^(a\.?\s?m\.?|午前|오전|上午)$/i;
const AFTERNOON = /^(p\.?\s?m\.?|午後|오후|下午)$/i;
const CLOCK =
  /^\s*(午前|午後|오전|오후|上午|下午)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*([AaPp]\.?\s?[Mm]\.?|午前|午後|오전|오후|上午|下午)?\s*$/;

/**
 * Reads "21:30", "9:30", "21.30", "9:30 PM", "9:30 p. m." or "午後9:30" as hours and minutes;
 * null for anything else.
 */
export function parseClockTime(text: string): { hours: number; minutes: number } | null {
  // No clock is longer; a long hostile string of spaces would make the pattern backtrack.
  if (text.length > 40) return null;
  const match = CLOCK.exec(text);
  if (!match) return null;
  let hours = Number(match[2]);
  const minutes = Number(match[3]);
  const meridiem = match[1] ?? match[4];
  if (match[1] && match[4]) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    const afternoon = AFTERNOON.test(meridiem);
    if (!afternoon && !MORNING.test(meridiem)) return null;
    hours = (hours % 12) + (afternoon ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}
