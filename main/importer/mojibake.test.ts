import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';

/** What a UTF-8 text looks like once read as Windows-1252. */
function misread(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('repairing UTF-8 read as Windows-1252', () => {
  it('gives back punctuation, accented letters and other scripts', () => {
    for (const clean of [
      'It’s “fine” — really… • done',
      'Café, naïve, Ærø, Straße, ½ € ™',
      'Привет, как дела?',
      'Γεια σου; Ζωή',
      'Non-breaking\u00a0space and a soft\u00adhyphen',
    ]) {
      expect(repairMojibake(misread(clean))).toBe(clean);
    }
  });

  it('repairs text read wrongly twice, and text mixing repaired and clean parts', () => {
    expect(repairMojibake(misread(misread('Don’t rush')))).toBe('Don’t rush');
    expect(repairMojibake(`Café and ${misread('café')}`)).toBe('Café and café');
  });

  it('leaves real Latin-1 text and lone look-alikes alone', () => {
    for (const text of ['SÃO PAULO', 'Ã la carte', '© 2024 Â', 'Ø – Å', 'naïve café ÀÉÎÕÜ', 'Ã']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });
});
