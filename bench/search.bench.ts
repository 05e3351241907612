/**
 * Search over a large journal: 10,000 entries with bodies of about 1 KB of varied, realistic text
 * (mostly English, some accented words, some Spanish, German, Russian and Greek), generated from a
 * fixed seed so every run searches the same journal.
 */
import type { Entry } from '../shared/domain.ts';
import { createSearchIndex, type SearchIndex } from '../main/journal/search/search-index.ts';
import { defineBenchmarks } from './benchmark.ts';
import { seededRandom } from '../shared/seeded-random.ts';

const ENTRY_COUNT = 10_000;
const BODY_TARGET_LENGTH = 1000;

/** What people type into a journal's search box: single words, pairs, prefixes, accents left off. */
const TYPICAL_QUERIES = [
  'miss',
  'walk park',
  'cafe',
  'therap',
  'sunday morning',
  'angry text',
  'αγαπη',
  'proud of myself',
  'Mädchen',
  'sleep',
];

const ENGLISH_WORDS =
  'i me my the a an and but or so because when while after before today yesterday tonight morning evening night week weekend sunday monday friday felt feel feeling miss missed missing them their ex friend friends family mother sister brother therapist therapy walk walked park coffee tea dinner breakfast lunch work office meeting email phone text texted message call called silence quiet loud rain sun cold warm tired sleep slept dream dreamt woke cried laughed smiled angry sad lonely anxious calm hopeful grateful proud relieved numb confused guilty free better worse okay good great awful bad little more less again still never always sometimes maybe really just only almost enough time space distance memory memories photo photos song songs music book read reading wrote writing journal page run ran gym yoga breath breathing kitchen home apartment room bed window city train bus car drive road trip holiday birthday anniversary christmas summer winter spring autumn remember forget forgive apologise apology boundary boundaries respect patience trust honest honesty listen listened talk talked decided decision future past present myself yourself ourselves growth grow growing learn learned lesson habit habits plan plans goal goals new old first last long short hard easy slow slowly quickly'.split(
    ' ',
  );
const ACCENTED_WORDS = ['café', 'naïve', 'résumé', 'déjà vu', 'fiancée', 'jalapeño', 'São Paulo', 'Zürich'];
const OTHER_SENTENCES = [
  'Hoy fui al café con mi hermana y hablamos de todo.',
  'Ich habe das Mädchen im Park gesehen und an früher gedacht.',
  'Сегодня я долго гулял и думал о нашем прошлом.',
  'Σήμερα ένιωσα λίγη αγάπη για τον εαυτό μου.',
  'Je me sens plus légère après la séance.',
];
const TAGS = [
  'work',
  'family',
  'sleep',
  'therapy',
  'friends',
  'exercise',
  'memories',
  'weekend',
  'music',
  'travel',
];
const PROMPTS = [
  'What did you learn about yourself this week?',
  'Describe a moment today when you felt calm.',
  'What do you miss, and what do you not miss?',
  'Write about a boundary you kept.',
  'What would you tell a friend in your place?',
  'Which habit do you want to grow during the space?',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function sentence(random: () => number): string {
  const roll = random();
  if (roll < 0.04) return pick(random, OTHER_SENTENCES);
  const length = 6 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let index = 0; index < length; index++) {
    words.push(random() < 0.02 ? pick(random, ACCENTED_WORDS) : pick(random, ENGLISH_WORDS));
  }
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}${pick(random, ['.', '.', '.', '!', '?', '…'])}`;
}

function body(random: () => number): string {
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let length = 0;
  while (length < BODY_TARGET_LENGTH) {
    const next = sentence(random);
    paragraph.push(next);
    length += next.length + 1;
    if (random() < 0.2) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}

/** `count` realistic entries, the same for the same seed. */
export function generateEntries(count: number, seed = 42): Entry[] {
  const random = seededRandom(seed);
  const firstDay = Date.UTC(2023, 0, 1);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    const created = new Date(firstDay + Math.floor((index / count) * 3 * 365) * 86_400_000 + index * 1000);
    const withPrompt = random() < 0.6;
    const tagCount = Math.floor(random() * 3);
    const tags = new Set<string>();
    for (let tag = 0; tag < tagCount; tag++) tags.add(pick(random, TAGS));
    entries.push({
      id: `entry-${index.toString(36).padStart(4, '0')}`,
      createdAt: created.toISOString(),
      updatedAt: created.toISOString(),
      day: created.toISOString().slice(0, 10),
      body: body(random),
      mood: random() < 0.1 ? null : 1 + Math.floor(random() * 5),
      emotions: [],
      tags: [...tags],
      section: null,
      prompt: withPrompt
        ? { packId: 'built-in', promptId: `prompt-${index % PROMPTS.length}`, text: pick(random, PROMPTS) }
        : null,
    });
  }
  return entries;
}

interface SearchContext {
  index: SearchIndex;
  entries: Entry[];
  next: number;
}

export default defineBenchmarks([
  {
    name: 'journal.search.10k',
    target: '< 30 ms',
    iterations: 30,
    setup: (): SearchContext => {
      const entries = generateEntries(ENTRY_COUNT);
      return { index: createSearchIndex(entries), entries, next: 0 };
    },
    // One typical query per run, cycling through the list, with the default limit of 200 hits.
    run: (context: SearchContext) => {
      const query = TYPICAL_QUERIES[context.next % TYPICAL_QUERIES.length]!;
      context.next += 1;
      return context.index.search(query, 200);
    },
  },
  {
    name: 'journal.search.10k.common-word',
    target: '< 30 ms',
    setup: (): SearchContext => {
      const entries = generateEntries(ENTRY_COUNT);
      return { index: createSearchIndex(entries), entries, next: 0 };
    },
    // The worst case: a word in nearly every entry, so every entry is scored.
    run: (context: SearchContext) => context.index.search('the', 200),
  },
  {
    name: 'journal.search.10k.build',
    target: '< 1000 ms',
    iterations: 5,
    setup: () => generateEntries(ENTRY_COUNT),
    // Folding every entry's text happens once per unlock, on the first search.
    run: (entries: Entry[]) => createSearchIndex(entries).size,
  },
]);
