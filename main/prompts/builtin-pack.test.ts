import { describe, expect, it } from 'vitest';
import { PackSchema } from '../../shared/domain.ts';
import { BUILTIN_PACK } from './builtin-pack.ts';

const sections = BUILTIN_PACK.sections;
const prompts = sections.flatMap((section) => section.prompts.map((prompt) => ({ section, prompt })));

describe('the built-in pack', () => {
  it('is a valid pack with the article’s eight sections in order, each at its stage', () => {
    expect(PackSchema.parse(BUILTIN_PACK)).toEqual(BUILTIN_PACK);
    expect(BUILTIN_PACK).toMatchObject({ id: 'builtin', builtIn: true });
    expect(sections.map((section) => [section.id, section.stage])).toEqual([
      ['reflect', 'space'],
      ['space', 'space'],
      ['growth', 'space'],
      ['reconnect', 'after'],
      ['apologize', 'after'],
      ['patience', 'after'],
      ['accept', 'any'],
      ['conclusion', 'end'],
    ]);
  });

  it('gives every section a summary and at least five prompts with stable, unique ids', () => {
    for (const section of sections) {
      expect(section.summary?.length ?? 0).toBeGreaterThan(40);
      expect(section.prompts.length).toBeGreaterThanOrEqual(5);
      section.prompts.forEach((prompt, index) => {
        expect(prompt.id).toBe(`builtin/${section.id}/${index + 1}`);
      });
    }
    const ids = prompts.map(({ prompt }) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('asks the first section’s own questions, in our words', () => {
    const reflect = sections[0]!.prompts.map((prompt) => prompt.text).join('\n');
    expect(reflect).toMatch(/one moment, or had problems been building/);
    expect(reflect).toMatch(/What part did you play/);
    expect(reflect).toMatch(/the feeling of not being alone/);
  });

  it('never names a gender', () => {
    for (const { prompt, section } of prompts) {
      const text = `${prompt.text} ${section.title} ${section.summary ?? ''}`;
      expect(text, prompt.id).not.toMatch(
        /\b(he|him|his|she|her|hers|boyfriend|girlfriend|husband|wife|man|woman)\b/i,
      );
    }
  });

  it('never urges contact, and never mentions it at all during the space period', () => {
    const urging =
      /(^|[.!?:]\s+)(text|call|message|contact|reach out|get in touch|send|write to|tell) (them|him|her|your ex)\b/i;
    for (const { prompt, section } of prompts) {
      expect(prompt.text, prompt.id).not.toMatch(urging);
      if (section.stage === 'space') {
        expect(prompt.text, prompt.id).not.toMatch(
          /\b(contact|text|call|message|reach out|get in touch|send)\b/i,
        );
      }
    }
  });

  it('speaks of reconnecting only as the user’s own readiness and the other person’s boundaries', () => {
    const reconnect = sections[3]!.prompts.map((prompt) => prompt.text).join('\n');
    expect(reconnect).toMatch(/ready/);
    expect(reconnect).toMatch(/respecting/);
  });
});
