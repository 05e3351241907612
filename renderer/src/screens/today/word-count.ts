/**
 * Counting words the way a reader would, in any script: Intl.Segmenter knows where words begin
 * and end in languages that do not put spaces between them.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}

/** "1 word", "42 words". */
export function wordCountLabel(text: string): string {
  const count = countWords(text);
  return count === 1 ? '1 word' : `${count.toLocaleString()} words`;
}
