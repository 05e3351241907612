import type { FileFilter } from 'electron';
import type { ExportFormat } from '../core/platform.ts';

/** The save dialog's file-type filter for each export format. */
export function exportFileFilters(format: ExportFormat): FileFilter[] {
  switch (format) {
    case 'pdf':
      return [{ name: 'PDF document', extensions: ['pdf'] }];
    case 'markdown':
      return [{ name: 'Markdown', extensions: ['md'] }];
    case 'markdown-folder':
      return [{ name: 'Folder', extensions: ['*'] }];
    case 'json':
      return [{ name: 'JSON', extensions: ['json'] }];
    case 'vault-backup':
      return [{ name: 'Encrypted Interlude journal', extensions: ['interlude'] }];
  }
}
