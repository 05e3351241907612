import { describe, expect, it } from 'vitest';
import type { SpaceStage } from '../../shared/api.ts';
import type { Pack } from '../../shared/domain.ts';
import { InterludeError } from '../../shared/errors.ts';
import { BUILTIN_PACK } from './builtin-pack.ts';
import { choosePrompt, findPrompt } from './today.ts';

const space = (stage: SpaceStage, dayNumber = 5, lengthDays = 30) => ({ stage, dayNumber, lengthDays });
const allIds = BUILTIN_PACK.sections.flatMap((section) => section.prompts.map((prompt) => prompt.id));

/** Days from 2026-01-01 on, as YYYY-MM-DD. */
function days(count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10),
  );
}

const imported: Pack = {
  id: 'import-1',
  title: 'My worksheet',
  builtIn: false,
  importedAt: '2026-01-01T00:00:00.000Z',
  sections: [
    {
      id: 'section-1',
      title: 'Sleep',
      stage: 'any',
      prompts: [{ id: 'import-1/1/1', text: 'What helps you rest?' }],
    },
  ],
};

describe('today’s prompt', () => {
  it('comes from sections 1–3, 7 and the conclusion during the space period (and before it)', () => {
    for (const stage of ['space', 'before'] as const) {
      for (const day of days(60)) {
        const choice = choosePrompt({
          packs: [BUILTIN_PACK],
          space: space(stage),
          answeredPromptIds: [],
          day,
        });
        expect(['space', 'any', 'end']).toContain(choice.section.stage);
      }
    }
  });

  it('comes from sections 4–7 and the conclusion after it (and long after it)', () => {
    for (const stage of ['after', 'beyond'] as const) {
      for (const day of days(60)) {
        const choice = choosePrompt({
          packs: [BUILTIN_PACK],
          space: space(stage, 40),
          answeredPromptIds: [],
          day,
        });
        expect(['after', 'any', 'end']).toContain(choice.section.stage);
      }
    }
  });

  it('mostly offers the stage’s own sections, and the conclusion more near the end than at the start', () => {
    const share = (dayNumber: number, sectionId: string) =>
      days(400).filter(
        (day) =>
          choosePrompt({
            packs: [BUILTIN_PACK],
            space: space('space', dayNumber),
            answeredPromptIds: [],
            day,
          }).section.id === sectionId,
      ).length;
    const early = share(2, 'conclusion');
    const late = share(29, 'conclusion');
    expect(late).toBeGreaterThan(early * 2);
    expect(share(2, 'reflect')).toBeGreaterThan(share(2, 'accept'));
  });

  it('stays the same all day and changes from day to day', () => {
    const input = { packs: [BUILTIN_PACK], space: space('space'), answeredPromptIds: [] };
    const first = choosePrompt({ ...input, day: '2026-03-10' });
    expect(choosePrompt({ ...input, day: '2026-03-10' })).toEqual(first);
    const picks = new Set(days(30).map((day) => choosePrompt({ ...input, day }).prompt.id));
    expect(picks.size).toBeGreaterThan(10);
  });

  it('offers unanswered prompts first, and says when everything has been answered', () => {
    const open = allIds.filter((id) => id.startsWith('builtin/growth/')).slice(0, 2);
    const answered = allIds.filter((id) => !open.includes(id));
    for (const day of days(20)) {
      const choice = choosePrompt({
        packs: [BUILTIN_PACK],
        space: space('space'),
        answeredPromptIds: answered,
        day,
      });
      expect(open).toContain(choice.prompt.id);
      expect(choice.answered).toBe(false);
    }
    const done = choosePrompt({
      packs: [BUILTIN_PACK],
      space: space('space'),
      answeredPromptIds: allIds,
      day: '2026-03-10',
    });
    expect(done.answered).toBe(true);
  });

  it('keeps today’s prompt in place once it is answered today, marked as answered', () => {
    const input = { packs: [BUILTIN_PACK], space: space('space'), day: '2026-03-10' };
    const before = choosePrompt({ ...input, answeredPromptIds: [] });
    const after = choosePrompt({
      ...input,
      answeredPromptIds: [before.prompt.id],
      answeredTodayPromptIds: [before.prompt.id],
    });
    expect(after.prompt.id).toBe(before.prompt.id);
    expect(after.answered).toBe(true);
  });

  it('walks through every candidate with “another prompt”, then wraps around', () => {
    const input = {
      packs: [BUILTIN_PACK],
      space: space('after', 40),
      answeredPromptIds: [],
      day: '2026-03-10',
    };
    const first = choosePrompt(input);
    const seen = new Set<string>();
    for (let offset = 0; offset < first.candidates; offset += 1) {
      const choice = choosePrompt({ ...input, offset });
      expect(choice.offset).toBe(offset);
      seen.add(choice.prompt.id);
    }
    expect(seen.size).toBe(first.candidates);
    expect(choosePrompt({ ...input, offset: first.candidates }).prompt.id).toBe(first.prompt.id);
  });

  it('offers an imported pack’s prompts only when the caller passes the pack', () => {
    const withImport = days(200).map(
      (day) =>
        choosePrompt({ packs: [BUILTIN_PACK, imported], space: space('space'), answeredPromptIds: [], day })
          .pack.id,
    );
    expect(withImport).toContain('import-1');
    const without = days(200).map(
      (day) =>
        choosePrompt({ packs: [BUILTIN_PACK], space: space('space'), answeredPromptIds: [], day }).pack.id,
    );
    expect(without).not.toContain('import-1');
  });

  it('says plainly when there is nothing to offer', () => {
    expect(() =>
      choosePrompt({ packs: [], space: space('space'), answeredPromptIds: [], day: '2026-03-10' }),
    ).toThrow(InterludeError);
  });
});

describe('finding a prompt by id', () => {
  it('finds any prompt in any pack, with its section', () => {
    expect(findPrompt([BUILTIN_PACK, imported], 'builtin/apologize/3')).toMatchObject({
      pack: { id: 'builtin' },
      section: { id: 'apologize' },
      prompt: { id: 'builtin/apologize/3' },
    });
    expect(findPrompt([BUILTIN_PACK, imported], 'import-1/1/1')?.section.title).toBe('Sleep');
    expect(findPrompt([BUILTIN_PACK], 'builtin/nothing/1')).toBeNull();
  });
});
