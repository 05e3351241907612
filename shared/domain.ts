/**
 * The journal's data model: zod schemas and the types inferred from them.
 * These schemas validate the decrypted document on load, every IPC argument,
 * and imported files, so they are the single definition of what a valid value is.
 */
import { z } from 'zod';

/**
 * A local calendar date, `YYYY-MM-DD`, that really exists (no 2026-02-30), of any year. Only for
 * reading what a journal already holds: earlier versions accepted any year, and a journal must
 * never fail to open over a date.
 */
export const StoredDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine(isRealDay, 'is not a real calendar date');

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a YYYY-MM-DD string names a day of the calendar. Arithmetic on the digits: every unlock
 * checks each entry's day, and building a Date for each was a tenth of the validation's time.
 * Years before 100 are refused, as a Date-based check always did (Date.UTC reads them as 19xx).
 */
function isRealDay(value: string): boolean {
  const digit = (at: number) => value.charCodeAt(at) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** The first and last day Interlude accepts: a journal's dates, not a calendar's whole range. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

/**
 * A day as it enters Interlude (the API, the CLI, imports): a real date from 1900-01-01 to
 * 2100-12-31. Day-by-day series (the mood chart, the space period) stay small this way; year 0100
 * or 9999 made them millions of days long.
 */
export const DaySchema = StoredDaySchema.refine(
  // Same-length YYYY-MM-DD strings compare like the dates they spell.
  (value) => value >= FIRST_DAY && value <= LAST_DAY,
  `must be between ${FIRST_DAY} and ${LAST_DAY}`,
);
export type Day = z.infer<typeof DaySchema>;

export const MOOD_LABELS = ['awful', 'bad', 'okay', 'good', 'great'] as const;
/** 1 (awful) to 5 (great). */
export const MoodSchema = z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5');
export type Mood = 1 | 2 | 3 | 4 | 5;

/** The fixed emotion vocabulary; users add anything else as free tags. */
export const EMOTIONS = [
  'sad',
  'lonely',
  'angry',
  'anxious',
  'confused',
  'guilty',
  'ashamed',
  'jealous',
  'numb',
  'tired',
  'hopeful',
  'relieved',
  'calm',
  'grateful',
  'proud',
  'loved',
  'free',
  'curious',
] as const;
export const EmotionSchema = z.enum(EMOTIONS);
export type Emotion = z.infer<typeof EmotionSchema>;

const TagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(40, 'a tag can be at most 40 characters');
export const BODY_MAX = 200_000;

/** Which prompt an entry answered, with the text exactly as it was shown. */
export const EntryPromptSchema = z.object({
  packId: z.string().min(1).max(80),
  promptId: z.string().min(1).max(200),
  text: z.string().min(1).max(2000),
});
export type EntryPrompt = z.infer<typeof EntryPromptSchema>;

const entryFields = {
  day: DaySchema,
  body: z.string().max(BODY_MAX, `the text can be at most ${BODY_MAX} characters`),
  mood: MoodSchema.nullable(),
  emotions: z.array(EmotionSchema).max(EMOTIONS.length),
  tags: z.array(TagSchema).max(30, 'at most 30 tags'),
  /** Section id within the prompt's pack (for the built-in pack: "reflect", "space", …). */
  section: z.string().min(1).max(80).nullable(),
  prompt: EntryPromptSchema.nullable(),
};

/** What the user writes; the service adds id and timestamps. */
export const EntryInputSchema = z.object({
  ...entryFields,
  mood: entryFields.mood.default(null),
  emotions: entryFields.emotions.default([]),
  tags: entryFields.tags.default([]),
  section: entryFields.section.default(null),
  prompt: entryFields.prompt.default(null),
});
export type EntryInput = z.input<typeof EntryInputSchema>;

/** Changes to an entry: only the fields given change (no defaults, so nothing is reset by omission). */
export const EntryChangesSchema = z.object(entryFields).partial();
export type EntryChanges = z.infer<typeof EntryChangesSchema>;

export const EntrySchema = z.object({
  ...entryFields,
  id: z.string().min(1).max(64),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /**
   * Set on "the other version" of an entry edited differently on two devices: `of` is the entry
   * that kept the newer text. The Journal screen shows the two side by side (docs/sync.md).
   */
  conflict: z.object({ of: z.string().min(1).max(64) }).optional(),
  /** Set while the entry is in the trash (kept 30 days, then removed); absent for a live entry. */
  deletedAt: z.iso.datetime().optional(),
});
export type Entry = z.infer<typeof EntrySchema>;

/** The text being written, saved (encrypted) as the user types so a crash or a lock never loses it. */
export const DraftSchema = z.object({
  day: DaySchema,
  body: z.string().max(BODY_MAX),
  mood: MoodSchema.nullable(),
  emotions: z.array(EmotionSchema).max(EMOTIONS.length),
  tags: z.array(TagSchema).max(30),
  section: z.string().max(80).nullable(),
  prompt: EntryPromptSchema.nullable(),
  /** The entry being edited, or null for a new one. */
  entryId: z.string().max(64).nullable(),
  savedAt: z.iso.datetime(),
});
export type Draft = z.infer<typeof DraftSchema>;
export const DraftInputSchema = DraftSchema.omit({ savedAt: true });
export type DraftInput = z.infer<typeof DraftInputSchema>;

export const THEMES = ['system', 'light', 'dark'] as const;
export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export const SettingsSchema = z.object({
  spaceStart: DaySchema,
  spaceLengthDays: z.number().int().min(1, 'must be at least 1 day').max(365, 'can be at most 365 days'),
  autoLockMinutes: z
    .number()
    .int()
    .min(1, 'must be at least 1 minute')
    .max(240, 'can be at most 240 minutes'),
  theme: z.enum(THEMES),
  pdfPageSize: z.enum(PAGE_SIZES),
  /**
   * "On this day" may reach back before the space period began. Off (absent) by default: old
   * memories of the relationship can hurt while the break is still raw.
   */
  throwbacksBeforeSpace: z.boolean().optional(),
  /** The editor's text size; absent means 'medium'. */
  textSize: z.enum(TEXT_SIZES).optional(),
  /** The day the user last put the care card away; it stays away for a week after. */
  careCardDismissedOn: DaySchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** A day on which the user had contact with their ex; shown on the mood chart, never a "reset". */
export const ContactSchema = z.object({
  day: DaySchema,
  note: z.string().max(500, 'a note can be at most 500 characters').default(''),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Where a prompt came from inside an imported article (character offsets into the cleaned text). */
export const SourceSpanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

export const PromptSchema = z.object({
  id: z.string().min(1).max(200),
  text: z.string().min(1).max(2000),
  title: z.string().max(300).optional(),
  /** For an imported prompt that asks about the article's advice: the article's own sentence. */
  quote: z.string().max(2000).optional(),
  source: SourceSpanSchema.optional(),
});
export type Prompt = z.infer<typeof PromptSchema>;

/** Where in the space period a section's prompts belong. */
export const STAGES = ['space', 'after', 'any', 'end'] as const;
export const StageSchema = z.enum(STAGES);
export type SectionStage = z.infer<typeof StageSchema>;

export const SectionSchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(300),
  summary: z.string().max(2000).optional(),
  stage: StageSchema,
  prompts: z.array(PromptSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const PackSchema = z.object({
  id: z.string().min(1).max(80),
  title: z.string().min(1).max(300),
  builtIn: z.boolean(),
  importedAt: z.iso.datetime().optional(),
  /** For an imported pack: a hash of the article's normalised text, so importing it again is noticed. */
  fingerprint: z.string().max(128).optional(),
  sections: z.array(SectionSchema),
});
export type Pack = z.infer<typeof PackSchema>;

/** A pack's title as the user may set it. */
export const PackTitleSchema = z.string().trim().min(1, 'is empty').max(300, 'can be at most 300 characters');
/**
 * A date the user expects to be hard (a birthday, an anniversary, a holiday). `yearly` dates come
 * back every year on the same month and day. Kept in the vault: the label is personal.
 */
export const HardDateSchema = z.object({
  id: z.string().min(1).max(64),
  day: DaySchema,
  label: z.string().trim().min(1, 'needs a few words').max(80, 'can be at most 80 characters'),
  yearly: z.boolean(),
});
export type HardDate = z.infer<typeof HardDateSchema>;
export const HardDateInputSchema = HardDateSchema.omit({ id: true });
export type HardDateInput = z.infer<typeof HardDateInputSchema>;
