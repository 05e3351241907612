import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { MoodPoint } from '../../shared/api.ts';
import { MOOD_COLORS } from '../../shared/mood-palette.ts';
import { addDays } from '../../shared/dates.ts';
import { moodChartSvg } from './mood-chart-svg.ts';

const range = { from: '2025-03-01', to: '2025-03-10' };
const space = { start: '2025-03-03', end: '2025-03-07' };

/** One point per calendar day of the range, with a mean only on the days given. */
function pointsFor(means: Record<string, number>, contactDays: string[] = []): MoodPoint[] {
  return Array.from({ length: 10 }, (_, index) => {
    const day = addDays(range.from, index);
    const mean = means[day] ?? null;
    return { day, dayNumber: index - 1, mean, rolling7: mean, contact: contactDays.includes(day) };
  });
}

function parse(svg: string) {
  return parseDocument(svg, { xmlMode: true });
}

function byClass(svg: string, className: string) {
  return DomUtils.findAll((node) => node.attribs.class === className, parse(svg).children);
}

describe('moodChartSvg', () => {
  it('draws one point per day with a mood, and none for days without', () => {
    const svg = moodChartSvg(pointsFor({ '2025-03-01': 2, '2025-03-04': 3.5, '2025-03-10': 5 }), {
      range,
      space,
    });
    const points = byClass(svg, 'mood-point');
    expect(points.map((point) => point.attribs['data-day'])).toEqual([
      '2025-03-01',
      '2025-03-04',
      '2025-03-10',
    ]);
  });

  it('places days left to right and better moods higher, coloured by mood', () => {
    const svg = moodChartSvg(pointsFor({ '2025-03-01': 1, '2025-03-05': 5 }), { range, space });
    const [awful, great] = byClass(svg, 'mood-point');
    expect(Number(awful!.attribs.cx)).toBeLessThan(Number(great!.attribs.cx));
    expect(Number(great!.attribs.cy)).toBeLessThan(Number(awful!.attribs.cy));
    expect(awful!.attribs.fill).toBe(MOOD_COLORS[1]);
    expect(great!.attribs.fill).toBe(MOOD_COLORS[5]);
  });

  it('ignores points outside the range and duplicate days', () => {
    const points = [
      ...pointsFor({ '2025-03-02': 3 }),
      { day: '2025-02-20', dayNumber: -10, mean: 4, rolling7: 4, contact: false },
      { day: '2025-03-02', dayNumber: 0, mean: 1, rolling7: 1, contact: false },
    ];
    const drawn = byClass(moodChartSvg(points, { range, space }), 'mood-point');
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.attribs.fill).toBe(MOOD_COLORS[3]);
  });

  it('labels the mood axis with words and the day axis with dates', () => {
    const text = DomUtils.textContent(parse(moodChartSvg(pointsFor({}), { range, space })));
    for (const word of ['awful', 'bad', 'okay', 'good', 'great']) expect(text).toContain(word);
    expect(text).toContain('Mar 1, 2025');
    expect(text).toContain('Mar 9');
  });

  it('shades the part of the space period that falls inside the range', () => {
    const wide = moodChartSvg(pointsFor({}), { range, space: { start: '2025-01-01', end: '2025-12-31' } });
    const narrow = moodChartSvg(pointsFor({}), { range, space });
    const widthOf = (svg: string) => Number(byClass(svg, 'space-period')[0]!.attribs.width);
    expect(widthOf(narrow)).toBeCloseTo(widthOf(wide) / 2, 0);
    const outside = moodChartSvg(pointsFor({}), { range, space: { start: '2024-01-01', end: '2024-01-30' } });
    expect(byClass(outside, 'space-period')).toEqual([]);
  });

  it('marks contact days from the points and from the contact list', () => {
    const svg = moodChartSvg(pointsFor({}, ['2025-03-02']), {
      range,
      space,
      contacts: [
        { day: '2025-03-08', note: '' },
        { day: '2025-04-01', note: '' },
      ],
    });
    expect(byClass(svg, 'contact').map((marker) => marker.attribs['data-day'])).toEqual([
      '2025-03-02',
      '2025-03-08',
    ]);
  });

  it('draws the 7-day average as a path that breaks where a day has no average', () => {
    const svg = moodChartSvg(
      pointsFor({ '2025-03-01': 2, '2025-03-02': 3, '2025-03-05': 4, '2025-03-06': 4 }),
      {
        range,
        space,
      },
    );
    const path = byClass(svg, 'rolling-mean')[0]!.attribs.d!;
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(2);
  });

  it('has an accessible title and description', () => {
    const svg = moodChartSvg(pointsFor({ '2025-03-01': 2, '2025-03-02': 4 }), { range, space });
    const root = DomUtils.getElementsByTagName('svg', parse(svg))[0]!;
    expect(root.attribs.role).toBe('img');
    const title = DomUtils.getElementsByTagName('title', root)[0]!;
    const description = DomUtils.getElementsByTagName('desc', root)[0]!;
    expect(root.attribs['aria-labelledby']).toBe(`${title.attribs.id} ${description.attribs.id}`);
    expect(DomUtils.textContent(title)).toBe('Mood from March 1, 2025 to March 10, 2025');
    expect(DomUtils.textContent(description)).toContain('2 days have a mood, averaging 3 of 5 (okay).');
  });

  it('says when there is no mood to chart', () => {
    const svg = moodChartSvg(pointsFor({}), { range, space });
    expect(byClass(svg, 'mood-point')).toEqual([]);
    expect(svg).toContain('No mood was recorded in this range.');
  });
});
