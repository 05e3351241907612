/** The app's screens, and what a screen may ask of the app shell. */
import type { EntryPrompt } from '../../shared/domain.ts';

export type Screen = 'today' | 'journal' | 'guide' | 'trends' | 'settings';

/** Opens the writing page: for a new entry from a chosen prompt, or to edit an existing entry. */
export type WriteRequest =
  | { kind: 'prompt'; prompt: EntryPrompt; sectionId: string }
  | { kind: 'edit'; entryId: string };

/** Props every screen receives from the app shell. */
export interface ScreenProps {
  navigate(screen: Screen): void;
  write(request: WriteRequest): void;
}
