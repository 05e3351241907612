/**
 * Today's prompt: which prompt to offer, chosen by where the user stands in their space period.
 *
 * - During the space period (and before it starts) sections of stage 'space' are offered; after it
 *   (and long after it), sections of stage 'after'. This holds for every pack: an imported section
 *   has the stage the importer found for it (main/importer/section-stage.ts) or the user chose.
 *   Sections of stage 'any' are always in the pool; the conclusion ('end') too, but rarely early in
 *   the space period, more often in its last fifth and afterwards.
 * - Unanswered prompts come before answered ones.
 * - The order is a weighted shuffle seeded by the day: each prompt draws a key from a hash of the
 *   day and its id, so the choice is the same all day, changes the next day, and adding a pack does
 *   not reshuffle the others.
 * - `offset` walks the same list ("another prompt"), wrapping around.
 */
import type { SpacePeriod } from '../../shared/api.ts';
import type { Pack, Prompt, Section, SectionStage } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';

export interface PromptChoiceInput {
  /** The packs to draw from: the built-in pack, plus any imported packs the caller wants offered. */
  packs: readonly Pack[];
  space: Pick<SpacePeriod, 'stage' | 'dayNumber' | 'lengthDays'>;
  /** Every prompt the user has answered. */
  answeredPromptIds: Iterable<string>;
  /**
   * Prompts answered on `day` itself. They still count as answered in the result, but keep their
   * place among the unanswered, so answering today's prompt does not swap it for another.
   */
  answeredTodayPromptIds?: Iterable<string>;
  /** The local calendar day, YYYY-MM-DD. */
  day: string;
  /** 0 for today's prompt; 1, 2, … for the next candidates. */
  offset?: number;
}

export interface PromptChoice {
  pack: Pack;
  section: Section;
  prompt: Prompt;
  /** The candidate's position (offset wrapped to the number of candidates). */
  offset: number;
  candidates: number;
  answered: boolean;
}

export interface FoundPrompt {
  pack: Pack;
  section: Section;
  prompt: Prompt;
}

interface Candidate extends FoundPrompt {
  key: number;
  answered: boolean;
  pending: boolean;
}

/** Picks the prompt to offer (see the file comment); throws NOT_FOUND when no pack has any prompt. */
export function choosePrompt(input: PromptChoiceInput): PromptChoice {
  const answered = new Set(input.answeredPromptIds);
  const answeredToday = new Set(input.answeredTodayPromptIds ?? []);
  const candidates: Candidate[] = [];
  for (const pack of input.packs) {
    const weights = sectionWeights(pack, input.space);
    pack.sections.forEach((section, index) => {
      const weight = weights[index]!;
      if (weight <= 0) return;
      for (const prompt of section.prompts) {
        const isAnswered = answered.has(prompt.id) || answeredToday.has(prompt.id);
        candidates.push({
          pack,
          section,
          prompt,
          answered: isAnswered,
          pending: !isAnswered || answeredToday.has(prompt.id),
          key: Math.log(unitHash(`${input.day}\u0000${pack.id}\u0000${prompt.id}`)) / weight,
        });
      }
    });
  }
  if (candidates.length === 0) {
    throw new InterludeError(
      'NOT_FOUND',
      'There are no prompts to offer yet. Import an article or restore the built-in guide.',
    );
  }
  // Efraimidis–Spirakis: sorting by log(u)/w descending is a weighted shuffle.
  candidates.sort((a, b) => {
    if (a.pending !== b.pending) return a.pending ? -1 : 1;
    if (a.key !== b.key) return b.key - a.key;
    return a.prompt.id < b.prompt.id ? -1 : a.prompt.id > b.prompt.id ? 1 : 0;
  });
  const requested = Math.trunc(input.offset ?? 0);
  const position = ((requested % candidates.length) + candidates.length) % candidates.length;
  const chosen = candidates[position]!;
  return {
    pack: chosen.pack,
    section: chosen.section,
    prompt: chosen.prompt,
    offset: position,
    candidates: candidates.length,
    answered: chosen.answered,
  };
}

/** Finds a prompt by id in any of the packs, for browsing or for writing from a chosen prompt. */
export function findPrompt(packs: readonly Pack[], promptId: string): FoundPrompt | null {
  for (const pack of packs) {
    for (const section of pack.sections) {
      const prompt = section.prompts.find((candidate) => candidate.id === promptId);
      if (prompt) return { pack, section, prompt };
    }
  }
  return null;
}

/** Whether a section is offered at a stage of the space period at all. */
export function isOffered(stage: SectionStage, space: Pick<SpacePeriod, 'stage'>): boolean {
  const during = space.stage === 'before' || space.stage === 'space';
  if (stage === 'space') return during;
  if (stage === 'after') return !during;
  return true;
}

/**
 * How strongly each section of a pack is offered today. Within the stage's own sections, earlier
 * ones lean toward the start of the period and later ones toward its end (reflection first,
 * growth later), without ever leaving the pool.
 */
function sectionWeights(
  pack: Pack,
  space: Pick<SpacePeriod, 'stage' | 'dayNumber' | 'lengthDays'>,
): number[] {
  const during = space.stage === 'before' || space.stage === 'space';
  const beyond = space.stage === 'beyond';
  const progress = during ? clamp((space.dayNumber - 1) / Math.max(1, space.lengthDays - 1), 0, 1) : 1;
  const ownStage: SectionStage = during ? 'space' : 'after';
  const own = pack.sections.filter((section) => section.stage === ownStage);
  return pack.sections.map((section) => {
    if (!isOffered(section.stage, space)) return 0;
    switch (section.stage) {
      case 'space':
      case 'after': {
        if (!during) return 1;
        const place = own.length > 1 ? own.indexOf(section) / (own.length - 1) : 0.5;
        return 1 + 0.6 * (1 - Math.abs(place - progress));
      }
      case 'any':
        return during ? 0.35 : beyond ? 0.8 : 0.6;
      case 'end':
        if (during) return progress >= 0.8 ? 0.6 : 0.1;
        return beyond ? 0.8 : 0.5;
      default:
        return 0;
    }
  });
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** A number in (0, 1) from a string (cyrb53), the same on every machine and every run. */
function unitHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return (value + 0.5) / 2 ** 53;
}
