/**
 * A text file's bytes as text, the same way for an article (in the app and the CLI) and for another
 * journal app's export: whatever the writer's editor, spreadsheet or app saved, never U+FFFD in
 * place of what they typed when the encoding can be told.
 */

// shared/ is typed without the DOM or Node; both have the WHATWG TextDecoder.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(bytes: Uint8Array): string };

/** How the bytes were read; anything but "utf-8" and "utf-16" is worth telling the user. */
export type TextFileEncoding = 'utf-8' | 'utf-16' | 'windows-1252' | 'damaged-utf-8';

export interface DecodedTextFile {
  text: string;
  encoding: TextFileEncoding;
  /** With "damaged-utf-8": how many characters could not be read (each shows as U+FFFD). */
  damagedCharacters: number;
}

/**
 * UTF-16 with a byte order mark, or told by its NULs; UTF-8 with or without a mark; UTF-8 damaged
 * in a few places (a file cut inside a character) still as UTF-8; and otherwise Windows-1252, a
 * superset of Latin-1, what older text files, Windows editors and spreadsheets most often wrote.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedTextFile {
  const read = (text: string, encoding: TextFileEncoding, damagedCharacters = 0): DecodedTextFile => ({
    text,
    encoding,
    damagedCharacters,
  });
  const [first, second, third] = bytes;
  if (first === 0xff && second === 0xfe)
    return read(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16');
  if (first === 0xfe && second === 0xff)
    return read(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16');
  const utf8 = first === 0xef && second === 0xbb && third === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = utf8 === bytes ? unmarkedUtf16(bytes) : null;
  if (utf16) return read(new TextDecoder(utf16).decode(bytes), 'utf-16');
  try {
    return read(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(utf8), 'utf-8');
  } catch {
    // UTF-8 with a few damaged bytes is still UTF-8: reading it all as Windows-1252 would garble
    // every accent and emoji that was sound. Windows-1252 text read as UTF-8 gives nothing but U+FFFD.
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(utf8);
    if (/[\u0080-\ufffc\ufffe\uffff]/.test(lenient)) {
      return read(lenient, 'damaged-utf-8', lenient.match(/\ufffd/g)?.length ?? 0);
    }
    return read(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
  }
}

/** The encoding of text saved without a byte-order mark, when NULs give UTF-16 away. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.byteLength - (bytes.byteLength % 2), 4096);
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  // Text of mostly Latin letters in UTF-16 has a NUL in nearly every pair, always on the same side.
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}
