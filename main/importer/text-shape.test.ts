import { describe, expect, it } from 'vitest';
import { isProse, isTooShortForPrompt, titleCaseFromCapitals } from './text-shape.ts';

describe('the shape of a sentence', () => {
  it('tells prose, numbers and signs included, from data, code and logs', () => {
    for (const prose of [
      'It’s & fine.',
      'Friends + family = support.',
      'Take 30 days (or 45, if you need it) to rest.',
      'Email me at jo@example.com if you want.',
      '今日はどんな気分でしたか？',
      'Высыпайтесь, гуляйте, встречайтесь с\u00a0друзьями.',
      'Ի՞նչ եք զգում այսօր, և ի՞նչն է օգնում ձեզ։',
      'Μετά τον χωρισμό· μικρά βήματα κάθε μέρα.',
      'L’amour, c’est aussi savoir s’éloigner — n’est-ce pas ?',
      'מה\u200f עוזר לך לנוח הערב?',
      'می\u200cخواهی امروز درباره\u200cی چه بنویسی؟',
      'आज आप कैसा महसूस कर रहे हैं?',
    ]) {
      expect(isProse(prose)).toBe(true);
    }
    for (const data of [
      'date,mood,note 2024-01-01,3,ok',
      'def main(): print("hello")',
      '2024-01-01 12:00:00 INFO Server started on port 8080 2024-01-01 12:00:01 WARN Disk usage at 91%',
      '{"name": "x", "version": "1.0.0"}',
    ]) {
      expect(isProse(data)).toBe(false);
    }
  });

  it('finds one- and two-word questions too short, except in scripts written without spaces', () => {
    expect(isTooShortForPrompt('Lonely?')).toBe(true);
    expect(isTooShortForPrompt('Why not?')).toBe(true);
    expect(isTooShortForPrompt('Who helps you?')).toBe(false);
    expect(isTooShortForPrompt('誰に話せますか？')).toBe(false);
  });

  it('puts capitals into Title Case and leaves other titles as written', () => {
    expect(titleCaseFromCapitals('TAKE TIME TO REFLECT ON THE BREAKUP')).toBe(
      'Take Time to Reflect on the Breakup',
    );
    expect(titleCaseFromCapitals('Take Time to Reflect')).toBe('Take Time to Reflect');
    expect(titleCaseFromCapitals('SPACE')).toBe('SPACE');
  });
});
