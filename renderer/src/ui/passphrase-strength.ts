/**
 * Passphrase strength, measured with zxcvbn-ts. Its dictionaries weigh several megabytes, so
 * they are loaded on first use with dynamic imports (their own chunks), never with the first paint.
 */

export type StrengthScore = 0 | 1 | 2 | 3 | 4;

export interface StrengthVerdict {
  score: StrengthScore;
  /** zxcvbn's warning in plain English ("This is a commonly used password."), or ''. */
  warning: string;
  suggestions: string[];
}

export type StrengthChecker = (passphrase: string) => StrengthVerdict;

/** The weakest score we accept for a new passphrase: zxcvbn's "safely unguessable". */
export const MINIMUM_SCORE: StrengthScore = 3;
/** The same floor the core enforces (NewPassphraseSchema). */
export const MINIMUM_LENGTH = 8;
/** Without the dictionaries (they failed to load) we can only ask for length. */
const FALLBACK_MINIMUM_LENGTH = 14;
// Scoring cost grows with length; beyond this the first part decides the score anyway.
const SCORED_PREFIX_LENGTH = 100;
// Words anyone would guess for this app's passphrase.
const APP_WORDS = ['interlude', 'journal', 'diary', 'breakup', 'passphrase'];

let loading: Promise<StrengthChecker> | null = null;

/** Loads zxcvbn and its English and common dictionaries once; later calls share the same promise. */
export function loadStrengthChecker(): Promise<StrengthChecker> {
  loading ??= (async () => {
    const [core, common, english] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    core.zxcvbnOptions.setOptions({
      translations: english.translations,
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
    });
    return (passphrase: string) => {
      const result = core.zxcvbn(passphrase.slice(0, SCORED_PREFIX_LENGTH), APP_WORDS);
      return {
        score: result.score,
        warning: result.feedback.warning ?? '',
        suggestions: result.feedback.suggestions,
      };
    };
  })();
  loading.catch(() => {
    // Let a later attempt try again instead of remembering the failure forever.
    loading = null;
  });
  return loading;
}

/** Whether a new passphrase is strong enough to protect the journal. */
export function isStrongEnough(passphrase: string, verdict: StrengthVerdict | null): boolean {
  if (passphrase.length < MINIMUM_LENGTH) return false;
  if (!verdict) return passphrase.length >= FALLBACK_MINIMUM_LENGTH;
  return verdict.score >= MINIMUM_SCORE;
}

/** The word shown for a score. */
export function strengthLabel(score: StrengthScore): string {
  return ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'][score] ?? 'Very weak';
}
