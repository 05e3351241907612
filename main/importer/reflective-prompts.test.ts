import { describe, expect, it } from 'vitest';
import { STAGES } from '../../shared/domain.ts';
import { readsAsEnglish, reflectiveQuestion } from './reflective-prompts.ts';

function everyQuestion(): string[] {
  const questions: string[] = [];
  for (const stage of STAGES) {
    for (let position = 0; position < 6; position += 1) {
      questions.push(reflectiveQuestion(stage, 'Keep it light', position));
      questions.push(reflectiveQuestion(stage, null, position));
    }
  }
  return questions;
}

describe('our questions about an article’s advice', () => {
  it('are questions, keep the advice’s title, and vary from one item to the next', () => {
    for (const stage of STAGES) {
      const titled = [0, 1].map((position) => reflectiveQuestion(stage, 'Keep it light.', position));
      for (const question of titled) {
        expect(question).toContain('“Keep it light”');
        expect(question).toMatch(/\?$/);
      }
      expect(titled[0]).not.toBe(titled[1]);
    }
  });

  it('are gender-neutral and never urge the writer to contact anyone', () => {
    for (const question of everyQuestion()) {
      expect(question).not.toMatch(/\b(he|she|him|her|his|hers|boyfriend|girlfriend|husband|wife)\b/i);
      expect(question).not.toMatch(
        /\b(reach out|text them|call them|message them|contact them|win them back)\b/i,
      );
    }
  });

  it('respect the other person’s wishes after the space period', () => {
    const after = [0, 1, 2].map((position) => reflectiveQuestion('after', 'Keep it light', position));
    for (const question of after)
      expect(question).toMatch(/ready|whatever the other person decides|their wishes/);
  });
});

describe('telling English text from other languages', () => {
  it('reads English as English, and Russian, Greek, Armenian or French as not', () => {
    expect(readsAsEnglish('Take time to look after yourself and the people who care about you.')).toBe(true);
    expect(readsAsEnglish('Дайте себе время и не торопитесь.')).toBe(false);
    expect(readsAsEnglish('Φροντίστε τον εαυτό σας.')).toBe(false);
    expect(readsAsEnglish('Տվեք ինքներդ ձեզ ժամանակ։')).toBe(false);
    expect(readsAsEnglish('Prenez le temps de vous reposer après une rupture difficile.')).toBe(false);
  });
});
