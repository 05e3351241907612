import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../../../shared/domain.ts';
import { addTags, blankForm, excerpt, hasContent, saveProblem, toggleEmotion } from './entry-form.ts';

describe('the writing form', () => {
  it('will not save an empty page, but a mood alone is enough', () => {
    const blank = blankForm('2026-03-10', null);
    expect(saveProblem(blank)).toBe('Write something or choose a mood first.');
    expect(saveProblem({ ...blank, body: '   ' })).not.toBeNull();
    expect(saveProblem({ ...blank, mood: 2 })).toBeNull();
    expect(saveProblem({ ...blank, body: 'Hard day.' })).toBeNull();
  });

  it('counts emotions or tags alone as something worth keeping in a draft', () => {
    const blank = blankForm('2026-03-10', null);
    expect(hasContent(blank)).toBe(false);
    expect(hasContent({ ...blank, emotions: ['sad'] })).toBe(true);
    expect(hasContent({ ...blank, tags: ['work'] })).toBe(true);
  });

  it('turns typed text into tags without repeats or empties', () => {
    expect(addTags(['work'], ' Work, family ,, #sleep ')).toEqual(['work', 'family', 'sleep']);
  });

  it('toggles emotions and keeps them in the vocabulary order', () => {
    const chosen = toggleEmotion(toggleEmotion([], 'hopeful', EMOTIONS), 'sad', EMOTIONS);
    expect(chosen).toEqual(['sad', 'hopeful']);
    expect(toggleEmotion(chosen, 'sad', EMOTIONS)).toEqual(['hopeful']);
  });

  it('quotes a long draft briefly', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('a '.repeat(100), 10).length).toBeLessThanOrEqual(10);
  });
});
