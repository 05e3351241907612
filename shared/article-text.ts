/** Reading an article file's bytes, in the renderer and in Node alike. */

// shared/ is typed without the DOM or Node; both have the WHATWG TextDecoder.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

/**
 * An article file's bytes as text, the same way in the app and the CLI: UTF-16 when it starts with
 * a byte order mark, UTF-8 when it is valid UTF-8, else Windows-1252 (a superset of Latin-1, what
 * older text files and Windows editors most often wrote).
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
