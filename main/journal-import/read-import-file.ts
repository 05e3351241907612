/**
 * From a file's bytes to the text Interlude reads. A Day One export is a zip of one JSON file per
 * journal plus folders of photos, videos and audio: only the JSON files are inflated, in memory,
 * and the media are never decompressed, let alone written anywhere.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { IMPORT_MAX_BYTES } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import { decodeTextFile } from '../../shared/text-file.ts';

/** All JSON inside one zip, once inflated. Guards against zip bombs: counted as it inflates. */
export const IMPORT_MAX_UNZIPPED_JSON_BYTES = 256 * 1024 * 1024;
const PUSH_CHUNK_BYTES = 1024 * 1024;

export interface ImportTextFile {
  /** The name inside the zip (or the file's own name). */
  name: string;
  text: string;
  /** Set when the bytes were not UTF-8 and were read in another encoding the user should check. */
  encodingNote?: string | undefined;
}

export type ImportFileContent =
  | { kind: 'zip'; files: ImportTextFile[] }
  | { kind: 'text'; file: ImportTextFile };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((byte, index) => bytes[index] === byte);
}

const WINDOWS_1252_NOTE =
  'This file is not UTF-8 text (a spreadsheet may have saved it in another encoding), so Interlude read it as Western European (Windows-1252) text. Check that letters with accents look right in the preview; if they do not, export the journal again from the app and import that file unchanged.';

/** The text of a file in whichever encoding the journal apps or a spreadsheet save, with a note when the user should check it. */
export function decodeText(bytes: Uint8Array): { text: string; encodingNote?: string } {
  const { text, encoding, damagedCharacters } = decodeTextFile(bytes);
  if (encoding === 'windows-1252') return { text, encodingNote: WINDOWS_1252_NOTE };
  if (encoding === 'damaged-utf-8') return { text, encodingNote: damagedUtf8Note(damagedCharacters) };
  return { text };
}

function damagedUtf8Note(count: number): string {
  const what = count === 1 ? 'One character' : `${count.toLocaleString('en-US')} characters`;
  return `${what} in this file could not be read (the file is damaged there, or was cut short) and ${count === 1 ? 'shows' : 'show'} as �. Everything else was read as written; export the journal again to get ${count === 1 ? 'it' : 'them'} back.`;
}

function textFile(name: string, bytes: Uint8Array): ImportTextFile {
  const { text, encodingNote } = decodeText(bytes);
  return { name, text, encodingNote };
}

/** The file's text, or the JSON files of a zip. Throws TOO_LARGE or INVALID_INPUT with a plain message. */
export function readImportFile(fileName: string, bytes: Uint8Array): ImportFileContent {
  if (bytes.byteLength > IMPORT_MAX_BYTES) {
    throw new InterludeError(
      'TOO_LARGE',
      'This file is larger than 200 MB, more than Interlude imports at once. Export the journal again without photos and videos, or in parts, and import those.',
    );
  }
  if (bytes.byteLength === 0) {
    throw new InterludeError(
      'INVALID_INPUT',
      'This file is empty. Choose the file your journal app exported.',
    );
  }
  if (isZip(bytes)) return { kind: 'zip', files: readJsonFilesOfZip(bytes) };
  return { kind: 'text', file: textFile(fileName, bytes) };
}

/** A JSON or CSV file of the export, not a media file or a macOS resource fork. */
function isJournalJson(name: string): boolean {
  const lower = name.toLowerCase();
  // A CSV too: a Daylio export someone zipped to send it is still a journal.
  if (!lower.endsWith('.json') && !lower.endsWith('.csv')) return false;
  return !lower.split('/').some((part) => part === '__macosx' || part.startsWith('._'));
}

/**
 * A file's name inside a zip. Zips made without the UTF-8 flag have their names read as Latin-1
 * ("TagebÃ¼ch"); when those bytes are valid UTF-8, which they almost never are by chance, they are
 * what the zip meant ("Tagebüch"), and the journal's name (a tag) is read that way.
 */
function zipEntryName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[\u0100-\uffff]/.test(name)) return name;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(name, (char) => char.charCodeAt(0)),
    );
  } catch {
    return name;
  }
}

function readJsonFilesOfZip(bytes: Uint8Array): ImportTextFile[] {
  const found: { name: string; chunks: Uint8Array[] }[] = [];
  let inflated = 0;
  let filesSeen = 0;
  let failure: InterludeError | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    filesSeen += 1;
    if (!isJournalJson(file.name) || failure) return;
    const entry = { name: zipEntryName(file.name), chunks: [] as Uint8Array[] };
    found.push(entry);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = damagedZip(error);
        return;
      }
      inflated += chunk.byteLength;
      if (inflated > IMPORT_MAX_UNZIPPED_JSON_BYTES) {
        failure = new InterludeError(
          'TOO_LARGE',
          'The journal inside this zip unpacks to more than 256 MB of text, more than Interlude imports at once. Export it in parts and import those.',
        );
        file.terminate();
        return;
      }
      entry.chunks.push(chunk);
    };
    try {
      file.start();
    } catch (error) {
      failure = damagedZip(error);
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let offset = 0; offset < bytes.byteLength && !failure; offset += PUSH_CHUNK_BYTES) {
      const end = Math.min(offset + PUSH_CHUNK_BYTES, bytes.byteLength);
      unzip.push(bytes.subarray(offset, end), end === bytes.byteLength);
    }
  } catch (error) {
    failure ??= damagedZip(error);
  }
  if (failure) throw failure;
  if (filesSeen === 0) throw damagedZip(null);
  if (found.length === 0) {
    throw new InterludeError(
      'INVALID_INPUT',
      'This zip has no journal in it (no .json or .csv file). Export from Day One as “JSON” and choose the zip it makes.',
    );
  }
  return found.map(({ name, chunks }) => textFile(name, concat(chunks)));
}

function damagedZip(cause: unknown): InterludeError {
  return new InterludeError(
    'INVALID_INPUT',
    'This zip is damaged or incomplete (perhaps its download was cut short), or uses a kind of compression or a password Interlude cannot read. Export the journal from Day One again and import the zip it makes as it is.',
    { cause },
  );
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
