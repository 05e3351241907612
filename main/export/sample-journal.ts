/**
 * A deterministic sample journal for looking at the PDF and for the benchmark: varied moods,
 * sections, prompts, emotions and tags, Markdown-lite formatting, and text in Cyrillic, Arabic,
 * Hebrew and emoji. The same count always gives the same journal, byte for byte.
 */
import type { SpacePeriod } from '../../shared/api.ts';
import {
  type Contact,
  type Day,
  EMOTIONS,
  type Emotion,
  type Entry,
  type Mood,
} from '../../shared/domain.ts';
import { addDays, daysBetween } from '../../shared/dates.ts';
import { exportMoodPoints } from './export-mood-points.ts';
import type { DayRange, ExportInput, PageSize } from './export-input.ts';
import { seededRandom } from '../../shared/seeded-random.ts';

export const SAMPLE_SECTION_TITLES: Record<string, string> = {
  reflect: 'Take Time to Reflect on the Breakup',
  space: 'Give Yourself Space',
  growth: 'Focus on Personal Growth',
  reconnect: 'Reconnect Slowly and Respectfully',
  apologize: 'Apologize and Address Past Issues',
  patience: 'Take Things Slowly and Be Patient',
  accept: 'Accept the Outcome, Whatever It May Be',
  conclusion: 'Conclusion',
};

const PROMPTS = [
  'What is one thing you understand about the breakup today that you did not understand a week ago?',
  'Who did you spend time with today, and how did it feel?',
  'What small thing did you do for yourself today?',
  'Which pattern from the relationship do you want to leave behind?',
  'What would you want to say if you knew it would be heard without judgement?',
  'What does patience look like for you this week?',
  'What would make today feel like enough?',
];

const OPENINGS = [
  'Woke up early again and lay there for a while.',
  'Today was **heavier** than I expected.',
  'Went for a long walk by the river after work.',
  'I almost wrote a message, then put the phone in a drawer.',
  'Had coffee with Mara; we laughed more than I thought I could.',
  'A quiet day. *Quiet in a good way*, mostly.',
  'Therapy was hard but useful: we talked about **boundaries**.',
  'Сегодня было тяжело, но я справилась. Завтра будет легче.',
  'اليوم كان أفضل قليلاً من الأمس، وخرجت للمشي مع أختي.',
  'היום הרגשתי קצת יותר רגועה.',
  'Rain all day 🌧️ but the evening cleared up 🌤️.',
  'Cooked a real dinner for the first time in weeks 🍲.',
];

const MIDDLES = [
  'I keep replaying the last conversation, but it loses a little of its grip each time.',
  'It helps to name what I feel instead of pushing it away. *Sad* is allowed. So is *relieved*.',
  'Things I did today:\n- cleaned the kitchen\n- called my brother\n- **did not** check their profile',
  'Three things I am grateful for:\n1. my friends\n2. the dog next door\n3. sleep, finally',
  'I noticed that I wanted reassurance more than I wanted them. That is worth knowing.',
  'Я заметила, что больше не проверяю телефон каждые пять минут.',
  'أحاول أن أكون صبورة مع نفسي.',
  'Someone asked how I was and I said "fine" and it was *almost* true 💙',
  'I tried typing <b>markup</b> and a <script>alert("test")</script> here to see that it prints as text.',
];

const CLOSINGS = [
  'Tomorrow: gym before work.',
  'Going to bed early.',
  'Small steps.',
  'Enough for today.',
  '',
];

const TAGS = [
  'sleep',
  'work',
  'friends',
  'family',
  'exercise',
  'music',
  'therapy',
  'walk',
  'memories',
  'дом',
  'صديق',
  '🌱',
];

export interface SampleJournal {
  entries: Entry[];
  range: DayRange;
  space: SpacePeriod;
  contacts: Contact[];
  sectionTitles: Record<string, string>;
}

/** A sample journal of `entryCount` entries, starting on `start` (default 2025-01-06), most days one entry. */
export function buildSampleJournal(entryCount: number, start: Day = '2025-01-06'): SampleJournal {
  const random = seededRandom(20_250_106 + entryCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sectionIds = Object.keys(SAMPLE_SECTION_TITLES);
  const entries: Entry[] = [];
  let day = start;
  let mood = 2;
  for (let index = 0; index < entryCount; index += 1) {
    if (index > 0) {
      const gap = random();
      day = addDays(day, gap < 0.12 ? 0 : gap < 0.9 ? 1 : 2);
    }
    // Moods wander around a baseline that rises from 2 to 4 over the journal: a slow recovery.
    const baseline = 2 + 2 * Math.min(1, index / Math.max(1, entryCount * 0.8));
    mood = Math.min(5, Math.max(1, mood + (random() - 0.5) * 1.4 + (baseline - mood) * 0.25));
    const entryMood =
      random() < 0.08 ? null : (Math.min(5, Math.max(1, Math.round(mood + random() - 0.5))) as Mood);
    const paragraphs = [pick(OPENINGS), pick(MIDDLES)];
    // Every tenth entry is long, so the export has entries that run across a page break.
    if (index % 10 === 9)
      for (let extra = 0; extra < 6; extra += 1) paragraphs.push(pick(MIDDLES), pick(OPENINGS));
    paragraphs.push(pick(CLOSINGS));
    const section = random() < 0.15 ? null : pick(sectionIds);
    const hour = String(7 + Math.floor(random() * 16)).padStart(2, '0');
    const minute = String(Math.floor(random() * 60)).padStart(2, '0');
    const timestamp = `${day}T${hour}:${minute}:00.000Z`;
    entries.push({
      id: `sample-${String(index + 1).padStart(4, '0')}`,
      createdAt: timestamp,
      updatedAt: timestamp,
      day,
      body: paragraphs.filter((paragraph) => paragraph !== '').join('\n\n'),
      mood: entryMood,
      emotions: pickEmotions(entryMood, random),
      tags: [...new Set(Array.from({ length: Math.floor(random() * 3) }, () => pick(TAGS)))],
      section,
      prompt:
        section !== null && random() < 0.7
          ? { packId: 'built-in', promptId: `${section}-${index % 5}`, text: pick(PROMPTS) }
          : null,
    });
  }
  const range = { from: start, to: day };
  const spaceStart = addDays(start, 2);
  const lengthDays = 30;
  const dayNumber = daysBetween(spaceStart, day) + 1;
  const space: SpacePeriod = {
    start: spaceStart,
    lengthDays,
    end: addDays(spaceStart, lengthDays - 1),
    today: day,
    dayNumber,
    stage: dayNumber < 1 ? 'before' : dayNumber <= lengthDays ? 'space' : 'after',
  };
  const contacts: Contact[] = [];
  for (let offset = 11; offset <= daysBetween(start, day); offset += 37) {
    contacts.push({ day: addDays(start, offset), note: offset % 2 === 0 ? 'They texted first.' : '' });
  }
  return { entries, range, space, contacts, sectionTitles: SAMPLE_SECTION_TITLES };
}

function pickEmotions(mood: Mood | null, random: () => number): Emotion[] {
  const low: Emotion[] = ['sad', 'lonely', 'angry', 'anxious', 'confused', 'numb', 'tired'];
  const high: Emotion[] = ['hopeful', 'relieved', 'calm', 'grateful', 'proud', 'free', 'curious'];
  const pool = mood === null ? [...EMOTIONS] : mood <= 2 ? low : mood >= 4 ? high : [...low, ...high];
  const count = Math.floor(random() * 4);
  return [...new Set(Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]!))];
}

/** The sample journal as a complete export input, as the app would build it for a PDF. */
export function sampleExportInput(entryCount: number, pageSize: PageSize = 'A4'): ExportInput {
  const journal = buildSampleJournal(entryCount);
  return {
    ...journal,
    includeChart: true,
    includePrompts: true,
    pageSize,
    moodPoints: exportMoodPoints(journal),
    generatedAt: `${journal.range.to}T21:00:00+00:00`,
    title: 'Sample journal',
  };
}
