import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../prompts/builtin-pack.ts';
import { sectionStage } from './section-stage.ts';

describe('the stage of a section', () => {
  it('gives each section of the built-in pack the stage the article asks of it', () => {
    for (const section of BUILTIN_PACK.sections) {
      const text = [section.summary ?? '', ...section.prompts.map((prompt) => prompt.text)].join('\n');
      expect(sectionStage(section.title, text).stage, section.title).toBe(section.stage);
    }
  });

  it('holds sections about reaching out back until after the space period', () => {
    expect(sectionStage('Reach Out Without Pressure', 'Keep it light.').stage).toBe('after');
    expect(
      sectionStage('Step 4: Make the first move', 'Send a short first message and contact them only once.'),
    ).toMatchObject({ stage: 'after', because: 'the text says “first message”' });
    expect(sectionStage('Say you are sorry', 'Apologise sincerely, without excuses.').stage).toBe('after');
    expect(sectionStage('When you are both ready', 'If you try again, rebuild trust slowly.').stage).toBe(
      'after',
    );
  });

  it('offers reflection, time apart and growth during the space period', () => {
    expect(
      sectionStage('Look back honestly', 'Reflect on what went wrong and on your own patterns.').stage,
    ).toBe('space');
    expect(
      sectionStage('Give each other room', 'Take time apart; lean on friends and your hobbies.').stage,
    ).toBe('space');
    expect(
      sectionStage('Invest in yourself', 'Personal growth: learn a skill, care for your health.').stage,
    ).toBe('space');
  });

  it('offers acceptance at any time, and the closing words at the end', () => {
    expect(sectionStage('Accepting Their Decision', 'Whatever happens, respect it.')).toMatchObject({
      stage: 'any',
      because: 'the heading says “accepting”',
    });
    expect(sectionStage('Conclusion', 'Be kind to yourself.').stage).toBe('end');
    expect(sectionStage('Final thoughts', 'Reach out to friends.').stage).toBe('end');
  });

  it('lets reaching out win over time apart when the text names it twice', () => {
    const text = 'After some space, reach out gently. If they answer, you might meet up for coffee.';
    expect(sectionStage('Next steps', text).stage).toBe('after');
    expect(sectionStage('Next steps', 'Take space. Do not reach out yet; give it distance.').stage).toBe(
      'space',
    );
  });

  it('does not count reaching out to friends or a therapist as reaching out to the ex', () => {
    expect(sectionStage('Lean on others', 'Reach out to a friend or to a therapist this week.').stage).toBe(
      'space',
    );
  });

  it('offers a section with no telling words at any time', () => {
    expect(sectionStage('A few words about me', 'I write about cooking and travel.')).toEqual({
      stage: 'any',
      because: 'no keyword decides it',
    });
  });

  it('holds back reaching out in other languages too', () => {
    const sections: [string, string][] = [
      [
        'Escríbele cuando estés lista',
        'Un mensaje ligero, sin presión: escribirle algo breve puede abrir la puerta.',
      ],
      ['Reprendre contact', 'Quand vous serez prêt, un message simple suffit.'],
      ['Der erste Schritt', 'Wenn du bereit bist, kannst du Kontakt aufnehmen und ihm schreiben.'],
      ['Как помириться', 'Можно написать ему короткое сообщение.'],
    ];
    for (const [heading, text] of sections) expect(sectionStage(heading, text).stage).toBe('after');
    expect(sectionStage('Cuida tu rutina', 'Dormir, comer y moverte un poco cada día.').stage).toBe('any');
  });
});
