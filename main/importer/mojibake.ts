/**
 * Text that was UTF-8 but read somewhere along the way as Windows-1252 or Latin-1 ("Itâ€™s",
 * "cafÃ©", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚"): each run of such characters is turned back into the bytes they were
 * read from and decoded again as UTF-8. A run that is not valid UTF-8 is left as it was, so real
 * Latin-1 text ("Ã" in "SÃO", "©" after a word) is never touched: a lead byte's character followed
 * by exactly the continuation characters UTF-8 needs does not occur in real writing.
 *
 * The platform's decoders (WHATWG windows-1252, fatal UTF-8) do the decoding; this file only finds
 * the runs. Packages that fix mojibake from a fixed table of pairs cover Latin-1 letters only and
 * miss Cyrillic or Greek text read the same way.
 */

/** The byte each character of the Windows-1252 upper half stands for (C1 controls as Latin-1). */
const BYTE_OF = new Map<number, number>();
{
  const upper = new Uint8Array(128);
  for (let byte = 0; byte < 128; byte += 1) upper[byte] = 0x80 + byte;
  const decoded = new TextDecoder('windows-1252').decode(upper);
  for (let index = 0; index < decoded.length; index += 1)
    BYTE_OF.set(decoded.charCodeAt(index), 0x80 + index);
  for (let code = 0x80; code <= 0x9f; code += 1) if (!BYTE_OF.has(code)) BYTE_OF.set(code, code);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** How many continuation bytes follow a UTF-8 lead byte; 0 for a byte that cannot lead. */
function continuations(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 1;
  if (byte >= 0xe0 && byte <= 0xef) return 2;
  if (byte >= 0xf0 && byte <= 0xf4) return 3;
  return 0;
}

/** Repairs UTF-8 read as Windows-1252, twice over at most (text mangled twice). */
export function repairMojibake(text: string): string {
  let current = text;
  for (let round = 0; round < 2; round += 1) {
    const repaired = repairOnce(current);
    if (repaired === current) break;
    current = repaired;
  }
  return current;
}

function repairOnce(text: string): string {
  let out = '';
  let copied = 0;
  for (let index = 0; index < text.length; index += 1) {
    const lead = BYTE_OF.get(text.charCodeAt(index));
    if (lead === undefined) continue;
    const needed = continuations(lead);
    if (needed === 0 || index + needed >= text.length) continue;
    const bytes = new Uint8Array(needed + 1);
    bytes[0] = lead;
    let valid = true;
    for (let offset = 1; offset <= needed; offset += 1) {
      const byte = BYTE_OF.get(text.charCodeAt(index + offset));
      if (byte === undefined || byte > 0xbf) {
        valid = false;
        break;
      }
      bytes[offset] = byte;
    }
    if (!valid) continue;
    let decoded: string;
    try {
      decoded = UTF8.decode(bytes);
    } catch {
      continue;
    }
    out += text.slice(copied, index) + decoded;
    copied = index + needed + 1;
    index += needed;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
