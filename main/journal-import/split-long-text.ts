/**
 * A text longer than one entry may hold, as consecutive parts that each fit: cut at a paragraph
 * break where there is one, else a line break, else a space, never inside a character, and each
 * part marked so the reader knows where it goes on. Nothing is cut away.
 */

/** Room kept in each part for the “part 2 of 3” lines. */
const MARKER_ROOM = 200;

function cutPoint(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  const window = text.slice(0, limit);
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = window.lastIndexOf(separator);
    if (at > limit / 2) return at + separator.length;
  }
  // No break in the second half: cut anyway, but not between the two halves of an emoji.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The text as one part when it fits in `maxLength`, otherwise as marked parts that each fit. */
export function splitLongText(text: string, maxLength: number): string[] {
  if (text.length <= maxLength) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const at = cutPoint(rest, maxLength - MARKER_ROOM);
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  const total = pieces.length;
  return pieces.map((piece, index) => {
    const before = index > 0 ? `(continued from the entry before: part ${index + 1} of ${total})\n\n` : '';
    const after = index < total - 1 ? `\n\n(continues in the next entry: part ${index + 1} of ${total})` : '';
    return `${before}${piece}${after}`;
  });
}
