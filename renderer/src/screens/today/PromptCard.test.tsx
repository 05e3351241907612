import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PromptOfDay } from '../../../../shared/api.ts';
import { renderWithCore } from '../../testing/render-with-core.tsx';
import { testCore } from '../../testing/test-core.ts';
import { blankForm } from './entry-form.ts';
import { PromptCard } from './PromptCard.tsx';

afterEach(cleanup);

const promptOfDay: PromptOfDay = {
  pack: { id: 'import-1', title: 'Finding your way' },
  section: { id: 'import-1/section-1', title: 'Give each other space', stage: 'space' },
  prompt: {
    id: 'import-1/1/1',
    title: 'Rest',
    text: 'What would “Rest” look like for you this week, in one small, doable step?',
    quote: 'Sleep enough and eat well.',
  },
  space: {
    start: '2026-03-02',
    lengthDays: 30,
    end: '2026-03-31',
    today: '2026-03-11',
    dayNumber: 10,
    stage: 'space',
  },
  offset: 0,
  candidates: 3,
  answered: false,
};

describe('the prompt on Today', () => {
  it('quotes the article’s advice beneath our question about it', async () => {
    await testCore().seed();
    renderWithCore(
      <PromptCard
        form={blankForm('2026-03-11', promptOfDay)}
        promptOfDay={promptOfDay}
        promptIsOfTheDay
        readOnly={false}
        onAnotherPrompt={vi.fn()}
        onWithoutPrompt={vi.fn()}
        onUsePromptOfDay={vi.fn()}
      />,
    );
    expect(screen.getByText(promptOfDay.prompt.text)).toBeTruthy();
    expect(screen.getByText('Sleep enough and eat well.').tagName).toBe('BLOCKQUOTE');
  });
});
