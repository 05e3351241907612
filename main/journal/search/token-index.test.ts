import { describe, expect, it } from 'vitest';
import {
  createTokenIndex,
  FIELD_CODES,
  MAX_COUNTED_REPEATS,
  postingCount,
  postingField,
  postingSlot,
} from './token-index.ts';

describe('createTokenIndex', () => {
  it('finds every distinct word containing a term, with who has it, where and how often', () => {
    const index = createTokenIndex();
    index.add(0, FIELD_CODES.body, 'hope and hope again');
    index.add(1, FIELD_CODES.tags, 'hopeful');
    index.add(7, FIELD_CODES.prompt, 'what do you hope for?');
    const words = index.wordsContaining('hope').map((id) => index.word(id));
    expect(words).toEqual(['hope', 'hopeful']);
    const [hope, hopeful] = index.wordsContaining('hope');
    const describe = (posting: number) => [
      postingSlot(posting),
      postingField(posting),
      postingCount(posting),
    ];
    expect(index.postingsOf(hope!).map(describe)).toEqual([
      [0, FIELD_CODES.body, 2],
      [7, FIELD_CODES.prompt, 1],
    ]);
    expect(index.postingsOf(hopeful!).map(describe)).toEqual([[1, FIELD_CODES.tags, 1]]);
    expect(index.wordsContaining('xyz')).toEqual([]);
  });

  it('caps the counted repeats of a word', () => {
    const index = createTokenIndex();
    index.add(3, FIELD_CODES.body, 'again '.repeat(100));
    const [again] = index.wordsContaining('again');
    expect(postingCount(index.postingsOf(again!)[0]!)).toBe(MAX_COUNTED_REPEATS);
    expect(postingSlot(index.postingsOf(again!)[0]!)).toBe(3);
  });
});
