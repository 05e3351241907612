/**
 * What the core needs from its host (the Electron shell, or the e2e harness): the few things
 * that differ between a desktop window and a test browser.
 */
import type { EXPORT_FORMATS, ImportProgress, LockedEvent, ReminderSettings } from '../../shared/api.ts';
import type { PdfPrinter } from '../export/print-layout.ts';

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface CorePlatform {
  /** Asks the user where to save an export; null when they cancel. */
  chooseExportPath(suggestedName: string, format: ExportFormat): Promise<string | null>;
  /** Prints a complete static HTML document to PDF bytes. */
  printPdf: PdfPrinter;
  /** Tells the renderer the vault was locked. */
  notifyLocked(event: LockedEvent): void;
  /**
   * Tells the renderer the journal changed without it asking (a sync merging another device's
   * entries), so it reads again what it shows. Hosts without such changes may leave it out.
   */
  notifyJournalChanged?(): void;
  /** Tells the renderer how far a journal import has read; hosts without a window may ignore it. */
  notifyImportProgress?(progress: ImportProgress): void;
  /** Whether closing the window can leave the app in a tray here (absent: no tray). */
  trayAvailable?: boolean;
  /** The reminder settings changed: the shell reschedules the reminder and its tray. */
  reminderSettingsChanged?(settings: ReminderSettings): void;
}
