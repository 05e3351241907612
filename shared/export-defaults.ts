/** Which dates an export covers when the user chooses none; the app's form and the core agree through this. */
import type { EXPORT_FORMATS } from './api.ts';

/**
 * Markdown and JSON keep or move a journal, so without dates they hold all of it: a backup that
 * quietly left out everything before the space period would be believed complete. A PDF, to read
 * or print, defaults to the space period.
 */
export function defaultsToWholeJournal(format: (typeof EXPORT_FORMATS)[number] | undefined): boolean {
  return format === 'markdown' || format === 'markdown-folder' || format === 'json';
}
