/** Reading the chosen file in the renderer, checked before any of it is sent to the core. */
import { IMPORT_FORMATS, IMPORT_MAX_BYTES, type ImportFormat } from '../../../../../shared/api.ts';

export const IMPORT_ACCEPT = '.zip,.json,.csv';

export const FORMAT_LABELS: Readonly<Record<ImportFormat, string>> = {
  dayone: 'Day One (JSON export, zip or Journal.json)',
  jrnl: 'jrnl (JSON)',
  minidiary: 'Mini Diary or Mini Diarium (JSON)',
  daylio: 'Daylio (CSV)',
};

export const FORMAT_OPTIONS: readonly ImportFormat[] = IMPORT_FORMATS;

/** Why the file cannot be imported, in plain words; null when it can be tried. */
export function importFileProblem(file: { size: number }): string | null {
  if (file.size === 0) return 'This file is empty. Choose the file your journal app exported.';
  if (file.size > IMPORT_MAX_BYTES) {
    return 'This file is larger than 200 MB, more than Interlude imports at once. Export the journal again without photos and videos, or in parts, and import those.';
  }
  return null;
}

/** The file's bytes, read in memory (never written anywhere). */
export function readFileBytes(file: Blob): Promise<Uint8Array<ArrayBuffer>> {
  // FileReader rather than Blob#arrayBuffer: the same call works in every engine the app and its tests run in.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}
