/** The app's screens, and what a screen may ask of the app shell. */
import type { Day, EntryPrompt } from '../../shared/domain.ts';

export type Screen = 'today' | 'journal' | 'guide' | 'trends' | 'settings';

/** Opens the writing page: for a new entry from a chosen prompt, or to edit an existing entry. */
export type WriteRequest =
  | { kind: 'prompt'; prompt: EntryPrompt; sectionId: string }
  | { kind: 'edit'; entryId: string };

/** What the Journal opens on: the entry last edited, or one day's entries (from a calendar). */
export type JournalFocus = { kind: 'entry'; entryId: string } | { kind: 'day'; day: Day };

/** Props every screen receives from the app shell. */
export interface ScreenProps {
  navigate(screen: Screen): void;
  write(request: WriteRequest): void;
  /** Opens the Journal on one day's entries. */
  openDay?(day: Day): void;
  /** For the Journal: what to show first. */
  journalFocus?: JournalFocus | null;
}
