/** From a file to the records of its format: tells the format when it is not given, and checks the limits. */
import { type ImportFormat, IMPORT_MAX_ENTRIES } from '../../shared/api.ts';
import { InterludeError } from '../../shared/errors.ts';
import type { FormatReading } from './format-reading.ts';
import { looksLikeDaylio, readDaylio } from './formats/daylio.ts';
import { looksLikeDayOne, parseDayOneFiles, readDayOne } from './formats/dayone.ts';
import { looksLikeJrnl, readJrnl } from './formats/jrnl.ts';
import { looksLikeMiniDiary, readMiniDiary } from './formats/minidiary.ts';
import { type ImportTextFile, readImportFile } from './read-import-file.ts';

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
  dayone: 'Day One',
  jrnl: 'jrnl',
  minidiary: 'Mini Diary',
  daylio: 'Daylio',
};

export interface JournalFile {
  fileName: string;
  bytes: Uint8Array;
  /** Absent: told from the file. */
  format?: ImportFormat | undefined;
  /** Daylio's custom mood names and the level (1 to 5, checked by the contract) chosen for each. */
  moods?: Readonly<Record<string, number>> | undefined;
}

const NOT_A_JOURNAL =
  'Interlude cannot tell which app made this file. It imports Day One (the JSON export, zipped or not), jrnl (JSON), Mini Diary and Mini Diarium (JSON) and Daylio (CSV) exports.';

function parseJson(file: ImportTextFile): unknown | undefined {
  try {
    return JSON.parse(file.text);
  } catch {
    return undefined;
  }
}

function detectFormat(file: ImportTextFile, json: unknown): ImportFormat | null {
  if (json === undefined) return looksLikeDaylio(file.text) ? 'daylio' : null;
  if (looksLikeDayOne(json)) return 'dayone';
  if (looksLikeJrnl(json)) return 'jrnl';
  if (looksLikeMiniDiary(json)) return 'minidiary';
  return null;
}

/** The zip's one file when it is another app's export rather than Day One's; null otherwise. */
function loneOtherExport(files: readonly ImportTextFile[]): ImportTextFile | null {
  if (files.length !== 1) return null;
  const [file] = files as [ImportTextFile];
  const format = detectFormat(file, parseJson(file));
  return format && format !== 'dayone' ? file : null;
}

function wrongFormat(expected: ImportFormat, found: ImportFormat | null): InterludeError {
  const seen = found ? ` It looks like a ${FORMAT_NAMES[found]} export instead.` : '';
  return new InterludeError('INVALID_INPUT', `This file is not a ${FORMAT_NAMES[expected]} export.${seen}`);
}

/** A Day One zip's journals (its JSON files) as records. */
function readDayOneZip(files: readonly ImportTextFile[], request: JournalFile): FormatReading {
  if (request.format && request.format !== 'dayone') {
    throw new InterludeError(
      'INVALID_INPUT',
      `This is a zip file. Of the apps Interlude imports, only Day One exports a zip; unzip a ${FORMAT_NAMES[request.format]} export and choose the file inside.`,
    );
  }
  const journals = files.filter((file) => file.name.toLowerCase().endsWith('.json'));
  if (journals.length === 0) {
    throw new InterludeError(
      'INVALID_INPUT',
      'This zip holds CSV files but no journal of Day One’s. If it holds a Daylio export, unzip it and choose the .csv file.',
    );
  }
  return readDayOne(parseDayOneFiles(journals));
}

/** One export file, of the app named or the one it looks like, as records. */
function readExportFile(file: ImportTextFile, request: JournalFile): FormatReading {
  const json = parseJson(file);
  const detected = detectFormat(file, json);
  const format = request.format ?? detected;
  // A cut-short or damaged export is named as such, even when the user said which app made it.
  if (json === undefined && !detected && /^\s*[[{]/.test(file.text)) {
    throw new InterludeError(
      'INVALID_INPUT',
      'This file looks like JSON but is damaged or incomplete (it does not parse; perhaps it was cut short). Export the journal again and import the new file.',
    );
  }
  if (!format) throw new InterludeError('INVALID_INPUT', NOT_A_JOURNAL);
  if (detected !== format && (format !== 'daylio' || json !== undefined)) throw wrongFormat(format, detected);
  switch (format) {
    case 'dayone':
      return readDayOne(parseDayOneFiles([file]));
    case 'jrnl':
      return readJrnl(json);
    case 'minidiary':
      return readMiniDiary(json);
    case 'daylio':
      return readDaylio(file.text, request.moods);
  }
}

/** Reads the file and returns its entries as records; throws with a plain message when it cannot. */
export function readJournalFile(request: JournalFile): FormatReading {
  const content = readImportFile(request.fileName, request.bytes);
  // A zip holding a single export of another app (zipped to send it by mail) is read as that file.
  const single = content.kind === 'text' ? content.file : loneOtherExport(content.files);
  let reading = single
    ? readExportFile(single, request)
    : readDayOneZip(content.kind === 'zip' ? content.files : [], request);
  const files = content.kind === 'zip' ? content.files : [content.file];
  const encodingNotes = [...new Set(files.flatMap((file) => file.encodingNote ?? []))];
  if (encodingNotes.length > 0) {
    const formatNotes = reading.notes;
    reading = { ...reading, notes: () => [...encodingNotes, ...formatNotes()] };
  }
  if (reading.records.length > IMPORT_MAX_ENTRIES) {
    throw new InterludeError(
      'TOO_LARGE',
      `This file has ${reading.records.length.toLocaleString('en-US')} entries; Interlude imports at most ${IMPORT_MAX_ENTRIES.toLocaleString('en-US')} at once. Export the journal in parts (by year, for instance) and import each.`,
    );
  }
  if (reading.records.length === 0) {
    throw new InterludeError('INVALID_INPUT', `This ${reading.source} export has no entries in it.`);
  }
  return reading;
}
