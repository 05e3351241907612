/**
 * The table of look-alike letters, used only inside Latin-script words (see fold-letters.ts).
 *
 * It is complete by construction: every letter that Unicode's confusables data (UTS #39, generated
 * into confusables-data.ts with its version) says looks like one Latin letter is in it. On top of
 * that data sit our curated rows, which win where both speak:
 * - the data's skeletons are for comparing strings, not for showing them: a Cyrillic capital KOMI
 *   DE (Ԁ) is drawn like a small "d", and I-shaped strokes all have the skeleton "l". Our rows say
 *   which case a reader sees; rows marked `true` are drawn like small capitals, whose case is read
 *   from the word around them; capital-I shapes are "bars", read as I or l from the word.
 * - the data lacks look-alikes we meet in scraped articles: NKo ߋ, the tone letters ƅ, Tai Le, the
 *   New Tai Lue digits, small capitals, more letters with hooks, the dotless ı (folded only in text
 *   that is not Turkish: fold-letters.ts checks), and the NKo tone apostrophes.
 * Characters that NFKC already folds (full-width letters, mathematical letters, ligatures, Roman
 * numerals) need no row.
 *
 * Left out on purpose, by the generator too: accented Latin letters and the letters of Latin-1 and
 * Latin Extended-A (é, ñ, ø, ł are real letters of real languages), the open ɛ and ɔ (written in
 * several African languages).
 */
import { CONFUSABLE_ROWS } from './confusables-data.ts';

/** A look-alike: the Latin letter (or typographic mark) it imitates. */
export interface LookAlike {
  latin: string;
  /** Drawn like a small capital: upper or lower case depends on the word around it. */
  caseless: boolean;
  /** A capital-I stroke: an l inside a small-letter word, an I elsewhere (see fold-letters.ts). */
  bar: boolean;
}

type Row = readonly [codePoint: number, latin: string, caseless?: boolean];

const ROWS: readonly Row[] = [
  // Cyrillic capitals that share a Latin capital's shape.
  [0x0410, 'A'], // CYRILLIC CAPITAL LETTER A
  [0x0412, 'B'], // CYRILLIC CAPITAL LETTER VE
  [0x0415, 'E'], // CYRILLIC CAPITAL LETTER IE
  [0x041a, 'K'], // CYRILLIC CAPITAL LETTER KA
  [0x041c, 'M'], // CYRILLIC CAPITAL LETTER EM
  [0x041d, 'H'], // CYRILLIC CAPITAL LETTER EN
  [0x041e, 'O'], // CYRILLIC CAPITAL LETTER O
  [0x0420, 'P'], // CYRILLIC CAPITAL LETTER ER
  [0x0421, 'C'], // CYRILLIC CAPITAL LETTER ES
  [0x0422, 'T'], // CYRILLIC CAPITAL LETTER TE
  [0x0423, 'Y'], // CYRILLIC CAPITAL LETTER U
  [0x0425, 'X'], // CYRILLIC CAPITAL LETTER HA
  [0x0405, 'S'], // CYRILLIC CAPITAL LETTER DZE
  [0x0406, 'I'], // CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I
  [0x0408, 'J'], // CYRILLIC CAPITAL LETTER JE
  [0x04c0, 'I'], // CYRILLIC LETTER PALOCHKA
  [0x04ba, 'H'], // CYRILLIC CAPITAL LETTER SHHA
  [0x051a, 'Q'], // CYRILLIC CAPITAL LETTER QA
  [0x051c, 'W'], // CYRILLIC CAPITAL LETTER WE
  [0x050c, 'G'], // CYRILLIC CAPITAL LETTER KOMI SJE
  [0x04ae, 'Y'], // CYRILLIC CAPITAL LETTER STRAIGHT U
  [0x0474, 'V'], // CYRILLIC CAPITAL LETTER IZHITSA
  // Cyrillic small letters with a Latin small letter's shape.
  [0x0430, 'a'], // CYRILLIC SMALL LETTER A
  [0x0435, 'e'], // CYRILLIC SMALL LETTER IE
  [0x043e, 'o'], // CYRILLIC SMALL LETTER O
  [0x0440, 'p'], // CYRILLIC SMALL LETTER ER
  [0x0441, 'c'], // CYRILLIC SMALL LETTER ES
  [0x0443, 'y'], // CYRILLIC SMALL LETTER U
  [0x0445, 'x'], // CYRILLIC SMALL LETTER HA
  [0x0455, 's'], // CYRILLIC SMALL LETTER DZE
  [0x0456, 'i'], // CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
  [0x0458, 'j'], // CYRILLIC SMALL LETTER JE
  [0x04bb, 'h'], // CYRILLIC SMALL LETTER SHHA
  [0x0501, 'd'], // CYRILLIC SMALL LETTER KOMI DE
  [0x051b, 'q'], // CYRILLIC SMALL LETTER QA
  [0x051d, 'w'], // CYRILLIC SMALL LETTER WE
  [0x04cf, 'l'], // CYRILLIC SMALL LETTER PALOCHKA
  [0x04af, 'y'], // CYRILLIC SMALL LETTER STRAIGHT U
  [0x0475, 'v'], // CYRILLIC SMALL LETTER IZHITSA
  [0x0461, 'w'], // CYRILLIC SMALL LETTER OMEGA
  [0x04bd, 'e'], // CYRILLIC SMALL LETTER ABKHASIAN CHE
  [0x0433, 'r'], // CYRILLIC SMALL LETTER GHE
  [0x044c, 'b'], // CYRILLIC SMALL LETTER SOFT SIGN
  // A Cyrillic capital drawn like a Latin small letter: it stands for the small letter.
  [0x0500, 'd'], // CYRILLIC CAPITAL LETTER KOMI DE
  [0x042c, 'b'], // CYRILLIC CAPITAL LETTER SOFT SIGN
  // Cyrillic small letters drawn like Latin small capitals: the case comes from the word around them.
  [0x0432, 'b', true], // CYRILLIC SMALL LETTER VE
  [0x043a, 'k', true], // CYRILLIC SMALL LETTER KA
  [0x043c, 'm', true], // CYRILLIC SMALL LETTER EM
  [0x043d, 'h', true], // CYRILLIC SMALL LETTER EN
  [0x0442, 't', true], // CYRILLIC SMALL LETTER TE
  // Greek capitals that share a Latin capital's shape.
  [0x0391, 'A'], // GREEK CAPITAL LETTER ALPHA
  [0x0392, 'B'], // GREEK CAPITAL LETTER BETA
  [0x0395, 'E'], // GREEK CAPITAL LETTER EPSILON
  [0x0396, 'Z'], // GREEK CAPITAL LETTER ZETA
  [0x0397, 'H'], // GREEK CAPITAL LETTER ETA
  [0x0399, 'I'], // GREEK CAPITAL LETTER IOTA
  [0x039a, 'K'], // GREEK CAPITAL LETTER KAPPA
  [0x039c, 'M'], // GREEK CAPITAL LETTER MU
  [0x039d, 'N'], // GREEK CAPITAL LETTER NU
  [0x039f, 'O'], // GREEK CAPITAL LETTER OMICRON
  [0x03a1, 'P'], // GREEK CAPITAL LETTER RHO
  [0x03a4, 'T'], // GREEK CAPITAL LETTER TAU
  [0x03a5, 'Y'], // GREEK CAPITAL LETTER UPSILON
  [0x03a7, 'X'], // GREEK CAPITAL LETTER CHI
  [0x037f, 'J'], // GREEK CAPITAL LETTER YOT
  [0x03dc, 'F'], // GREEK LETTER DIGAMMA
  [0x03f9, 'C'], // GREEK CAPITAL LUNATE SIGMA SYMBOL
  // Greek small letters with a Latin small letter's shape.
  [0x03b1, 'a'], // GREEK SMALL LETTER ALPHA
  [0x03b3, 'y'], // GREEK SMALL LETTER GAMMA
  [0x03b5, 'e'], // GREEK SMALL LETTER EPSILON
  [0x03b7, 'n'], // GREEK SMALL LETTER ETA
  [0x03b9, 'i'], // GREEK SMALL LETTER IOTA
  [0x03ba, 'k'], // GREEK SMALL LETTER KAPPA
  [0x03bd, 'v'], // GREEK SMALL LETTER NU
  [0x03bf, 'o'], // GREEK SMALL LETTER OMICRON
  [0x03c1, 'p'], // GREEK SMALL LETTER RHO
  [0x03c4, 't'], // GREEK SMALL LETTER TAU
  [0x03c5, 'u'], // GREEK SMALL LETTER UPSILON
  [0x03c7, 'x'], // GREEK SMALL LETTER CHI
  [0x03c9, 'w'], // GREEK SMALL LETTER OMEGA
  [0x03f2, 'c'], // GREEK LUNATE SIGMA SYMBOL
  [0x03c2, 'c'], // GREEK SMALL LETTER FINAL SIGMA
  [0x03f3, 'j'], // GREEK LETTER YOT
  // Armenian letters with a Latin letter's shape.
  [0x0555, 'O'], // ARMENIAN CAPITAL LETTER OH
  [0x054d, 'U'], // ARMENIAN CAPITAL LETTER SEH
  [0x054f, 'S'], // ARMENIAN CAPITAL LETTER TIWN
  [0x053c, 'L'], // ARMENIAN CAPITAL LETTER LIWN
  [0x0585, 'o'], // ARMENIAN SMALL LETTER OH
  [0x057d, 'u'], // ARMENIAN SMALL LETTER SEH
  [0x0578, 'n'], // ARMENIAN SMALL LETTER VO
  [0x057c, 'n'], // ARMENIAN SMALL LETTER RA
  [0x0570, 'h'], // ARMENIAN SMALL LETTER HO
  [0x0581, 'g'], // ARMENIAN SMALL LETTER CO
  [0x0566, 'q'], // ARMENIAN SMALL LETTER ZA
  [0x0563, 'q'], // ARMENIAN SMALL LETTER GIM
  [0x0561, 'w'], // ARMENIAN SMALL LETTER AYB
  [0x0575, 'j'], // ARMENIAN SMALL LETTER YI
  [0x0584, 'f'], // ARMENIAN SMALL LETTER KEH
  // Cherokee letters (all capitals) with a Latin letter's shape; their small forms are derived below.
  [0x13a0, 'D'], // CHEROKEE LETTER A
  [0x13a1, 'R'], // CHEROKEE LETTER E
  [0x13a2, 'T'], // CHEROKEE LETTER I
  [0x13a5, 'i'], // CHEROKEE LETTER V
  [0x13a9, 'Y'], // CHEROKEE LETTER GI
  [0x13aa, 'A'], // CHEROKEE LETTER GO
  [0x13ab, 'J'], // CHEROKEE LETTER GU
  [0x13ac, 'E'], // CHEROKEE LETTER GV
  [0x13b3, 'W'], // CHEROKEE LETTER LA
  [0x13b7, 'M'], // CHEROKEE LETTER LU
  [0x13bb, 'H'], // CHEROKEE LETTER MI
  [0x13bd, 'Y'], // CHEROKEE LETTER MU
  [0x13c0, 'G'], // CHEROKEE LETTER NAH
  [0x13c2, 'h'], // CHEROKEE LETTER NI
  [0x13c3, 'Z'], // CHEROKEE LETTER NO
  [0x13cf, 'b'], // CHEROKEE LETTER SI
  [0x13d2, 'R'], // CHEROKEE LETTER SV
  [0x13d4, 'W'], // CHEROKEE LETTER TA
  [0x13d5, 'S'], // CHEROKEE LETTER DE
  [0x13d9, 'V'], // CHEROKEE LETTER DO
  [0x13da, 'S'], // CHEROKEE LETTER DU
  [0x13de, 'L'], // CHEROKEE LETTER TLE
  [0x13df, 'C'], // CHEROKEE LETTER TLI
  [0x13e2, 'P'], // CHEROKEE LETTER TLV
  [0x13e6, 'K'], // CHEROKEE LETTER TSO
  [0x13e7, 'd'], // CHEROKEE LETTER TSU
  [0x13f3, 'G'], // CHEROKEE LETTER YU
  [0x13f4, 'B'], // CHEROKEE LETTER YV
  // Coptic capitals that share a Latin capital's shape.
  [0x2c80, 'A'], // COPTIC CAPITAL LETTER ALFA
  [0x2c82, 'B'], // COPTIC CAPITAL LETTER VIDA
  [0x2c88, 'E'], // COPTIC CAPITAL LETTER EIE
  [0x2c8c, 'Z'], // COPTIC CAPITAL LETTER ZATA
  [0x2c8e, 'H'], // COPTIC CAPITAL LETTER HATE
  [0x2c92, 'I'], // COPTIC CAPITAL LETTER IAUDA
  [0x2c94, 'K'], // COPTIC CAPITAL LETTER KAPA
  [0x2c98, 'M'], // COPTIC CAPITAL LETTER MI
  [0x2c9a, 'N'], // COPTIC CAPITAL LETTER NI
  [0x2c9e, 'O'], // COPTIC CAPITAL LETTER O
  [0x2ca2, 'P'], // COPTIC CAPITAL LETTER RO
  [0x2ca4, 'C'], // COPTIC CAPITAL LETTER SIMA
  [0x2ca6, 'T'], // COPTIC CAPITAL LETTER TAU
  [0x2ca8, 'Y'], // COPTIC CAPITAL LETTER UA
  [0x2cac, 'X'], // COPTIC CAPITAL LETTER KHI
  [0x2cb0, 'W'], // COPTIC CAPITAL LETTER OOU
  [0x2cd0, 'L'], // COPTIC CAPITAL LETTER L-SHAPED HA
  // Coptic small letters with a Latin small letter's shape.
  [0x2c81, 'a'], // COPTIC SMALL LETTER ALFA
  [0x2c89, 'e'], // COPTIC SMALL LETTER EIE
  [0x2c8d, 'z'], // COPTIC SMALL LETTER ZATA
  [0x2c93, 'i'], // COPTIC SMALL LETTER IAUDA
  [0x2c9f, 'o'], // COPTIC SMALL LETTER O
  [0x2ca3, 'p'], // COPTIC SMALL LETTER RO
  [0x2ca5, 'c'], // COPTIC SMALL LETTER SIMA
  [0x2ca9, 'y'], // COPTIC SMALL LETTER UA
  [0x2cad, 'x'], // COPTIC SMALL LETTER KHI
  [0x2cb1, 'w'], // COPTIC SMALL LETTER OOU
  [0x2cd1, 'l'], // COPTIC SMALL LETTER L-SHAPED HA
  [0x2c85, 'r'], // COPTIC SMALL LETTER GAMMA
  // Coptic small letters drawn like Latin small capitals.
  [0x2c83, 'b', true], // COPTIC SMALL LETTER VIDA
  [0x2c8f, 'h', true], // COPTIC SMALL LETTER HATE
  [0x2c95, 'k', true], // COPTIC SMALL LETTER KAPA
  [0x2c99, 'm', true], // COPTIC SMALL LETTER MI
  [0x2c9b, 'n', true], // COPTIC SMALL LETTER NI
  [0x2ca7, 't', true], // COPTIC SMALL LETTER TAU
  // NKo: a digit and a letter with a Latin shape, and the tone apostrophes, which read as typographic apostrophes.
  [0x07c0, 'O'], // NKO DIGIT ZERO
  [0x07cb, 'o'], // NKO LETTER EE
  [0x07ca, 'l'], // NKO LETTER A
  [0x07f4, '’'], // NKO HIGH TONE APOSTROPHE
  [0x07f5, '‘'], // NKO LOW TONE APOSTROPHE
  // Tai Le letters used as Latin small letters.
  [0x1951, 'a'], // TAI LE LETTER XA
  [0x1972, 'a'], // TAI LE LETTER TONE-4
  [0x1974, 'c'], // TAI LE LETTER TONE-6
  [0x1971, 'e'], // TAI LE LETTER TONE-3
  [0x1963, 'l'], // TAI LE LETTER A
  [0x1952, 'n'], // TAI LE LETTER NGA
  [0x1959, 'u'], // TAI LE LETTER PA
  [0x1955, 'w'], // TAI LE LETTER YA
  [0x1961, 'y'], // TAI LE LETTER TSHA
  // Limbu digits used as Latin small letters (as numbers they keep their value).
  [0x1946, 'o'], // LIMBU DIGIT ZERO
  [0x1949, 's'], // LIMBU DIGIT THREE
  [0x194a, 'x'], // LIMBU DIGIT FOUR
  [0x194e, 'v'], // LIMBU DIGIT EIGHT
  // New Tai Lue digits and a letter used as Latin small letters.
  [0x19d0, 'o'], // NEW TAI LUE DIGIT ZERO
  [0x19da, 'l'], // NEW TAI LUE THAM DIGIT ONE
  [0x199e, 'o'], // NEW TAI LUE LETTER LOW VA
  // Round zeros of other scripts, used as the letter o inside words.
  [0x0966, 'o'], // DEVANAGARI DIGIT ZERO
  [0x0e50, 'o'], // THAI DIGIT ZERO
  [0x0ed0, 'o'], // LAO DIGIT ZERO
  [0x1040, 'o'], // MYANMAR DIGIT ZERO
  // Letters the confusables data lacks, met in scraped articles.
  [0x0185, 'b'], // LATIN SMALL LETTER TONE SIX
  [0x0184, 'b'], // LATIN CAPITAL LETTER TONE SIX (drawn like a small b)
  [0x049d, 'k'], // CYRILLIC SMALL LETTER KA WITH VERTICAL STROKE
  [0x049c, 'K'], // CYRILLIC CAPITAL LETTER KA WITH VERTICAL STROKE
  [0x049a, 'K'], // CYRILLIC CAPITAL LETTER KA WITH DESCENDER
  [0x049b, 'k', true], // CYRILLIC SMALL LETTER KA WITH DESCENDER
  [0x0131, 'i'], // LATIN SMALL LETTER DOTLESS I (not in Turkish text: see fold-letters.ts)
  // Latin small capitals: the case comes from the word around them.
  [0x1d00, 'a', true], // LATIN LETTER SMALL CAPITAL A
  [0x0299, 'b', true], // LATIN LETTER SMALL CAPITAL B
  [0x1d04, 'c', true], // LATIN LETTER SMALL CAPITAL C
  [0x1d05, 'd', true], // LATIN LETTER SMALL CAPITAL D
  [0x1d07, 'e', true], // LATIN LETTER SMALL CAPITAL E
  [0xa730, 'f', true], // LATIN LETTER SMALL CAPITAL F
  [0x0262, 'g', true], // LATIN LETTER SMALL CAPITAL G
  [0x029c, 'h', true], // LATIN LETTER SMALL CAPITAL H
  [0x026a, 'i', true], // LATIN LETTER SMALL CAPITAL I
  [0x1d0a, 'j', true], // LATIN LETTER SMALL CAPITAL J
  [0x1d0b, 'k', true], // LATIN LETTER SMALL CAPITAL K
  [0x029f, 'l', true], // LATIN LETTER SMALL CAPITAL L
  [0x1d0d, 'm', true], // LATIN LETTER SMALL CAPITAL M
  [0x0274, 'n', true], // LATIN LETTER SMALL CAPITAL N
  [0x1d0f, 'o', true], // LATIN LETTER SMALL CAPITAL O
  [0x1d18, 'p', true], // LATIN LETTER SMALL CAPITAL P
  [0xa7af, 'q', true], // LATIN LETTER SMALL CAPITAL Q
  [0x0280, 'r', true], // LATIN LETTER SMALL CAPITAL R
  [0xa731, 's', true], // LATIN LETTER SMALL CAPITAL S
  [0x1d1b, 't', true], // LATIN LETTER SMALL CAPITAL T
  [0x1d1c, 'u', true], // LATIN LETTER SMALL CAPITAL U
  [0x1d20, 'v', true], // LATIN LETTER SMALL CAPITAL V
  [0x1d21, 'w', true], // LATIN LETTER SMALL CAPITAL W
  [0x028f, 'y', true], // LATIN LETTER SMALL CAPITAL Y
  [0x1d22, 'z', true], // LATIN LETTER SMALL CAPITAL Z
  [0x1d26, 'r', true], // GREEK LETTER SMALL CAPITAL GAMMA
  // Latin letters with hooks, tails and strokes that decorate a plain letter.
  [0x0253, 'b'], // LATIN SMALL LETTER B WITH HOOK
  [0x0181, 'B'], // LATIN CAPITAL LETTER B WITH HOOK
  [0x0188, 'c'], // LATIN SMALL LETTER C WITH HOOK
  [0x0187, 'C'], // LATIN CAPITAL LETTER C WITH HOOK
  [0x0257, 'd'], // LATIN SMALL LETTER D WITH HOOK
  [0x018a, 'D'], // LATIN CAPITAL LETTER D WITH HOOK
  [0x0256, 'd'], // LATIN SMALL LETTER D WITH TAIL
  [0x0192, 'f'], // LATIN SMALL LETTER F WITH HOOK
  [0x0191, 'F'], // LATIN CAPITAL LETTER F WITH HOOK
  [0x0260, 'g'], // LATIN SMALL LETTER G WITH HOOK
  [0x0193, 'G'], // LATIN CAPITAL LETTER G WITH HOOK
  [0x0266, 'h'], // LATIN SMALL LETTER H WITH HOOK
  [0xa7aa, 'H'], // LATIN CAPITAL LETTER H WITH HOOK
  [0x0199, 'k'], // LATIN SMALL LETTER K WITH HOOK
  [0x0198, 'K'], // LATIN CAPITAL LETTER K WITH HOOK
  [0x0271, 'm'], // LATIN SMALL LETTER M WITH HOOK
  [0x2c6e, 'M'], // LATIN CAPITAL LETTER M WITH HOOK
  [0x0272, 'n'], // LATIN SMALL LETTER N WITH LEFT HOOK
  [0x019d, 'N'], // LATIN CAPITAL LETTER N WITH LEFT HOOK
  [0x0273, 'n'], // LATIN SMALL LETTER N WITH RETROFLEX HOOK
  [0x01a5, 'p'], // LATIN SMALL LETTER P WITH HOOK
  [0x01a4, 'P'], // LATIN CAPITAL LETTER P WITH HOOK
  [0x02a0, 'q'], // LATIN SMALL LETTER Q WITH HOOK
  [0x027d, 'r'], // LATIN SMALL LETTER R WITH TAIL
  [0x0282, 's'], // LATIN SMALL LETTER S WITH HOOK
  [0x01ad, 't'], // LATIN SMALL LETTER T WITH HOOK
  [0x01ac, 'T'], // LATIN CAPITAL LETTER T WITH HOOK
  [0x0288, 't'], // LATIN SMALL LETTER T WITH RETROFLEX HOOK
  [0x01ae, 'T'], // LATIN CAPITAL LETTER T WITH RETROFLEX HOOK
  [0x01ab, 't'], // LATIN SMALL LETTER T WITH PALATAL HOOK
  [0x028b, 'v'], // LATIN SMALL LETTER V WITH HOOK
  [0x01b2, 'V'], // LATIN CAPITAL LETTER V WITH HOOK
  [0x2c73, 'w'], // LATIN SMALL LETTER W WITH HOOK
  [0x2c72, 'W'], // LATIN CAPITAL LETTER W WITH HOOK
  [0x01b4, 'y'], // LATIN SMALL LETTER Y WITH HOOK
  [0x01b3, 'Y'], // LATIN CAPITAL LETTER Y WITH HOOK
  [0x0225, 'z'], // LATIN SMALL LETTER Z WITH HOOK
  [0x0224, 'Z'], // LATIN CAPITAL LETTER Z WITH HOOK
  [0x0290, 'z'], // LATIN SMALL LETTER Z WITH RETROFLEX HOOK
  [0x026d, 'l'], // LATIN SMALL LETTER L WITH RETROFLEX HOOK
  [0x1d80, 'b'], // LATIN SMALL LETTER B WITH PALATAL HOOK
  [0x1d81, 'd'], // LATIN SMALL LETTER D WITH PALATAL HOOK
  [0x1d82, 'f'], // LATIN SMALL LETTER F WITH PALATAL HOOK
  [0x1d83, 'g'], // LATIN SMALL LETTER G WITH PALATAL HOOK
  [0x1d84, 'k'], // LATIN SMALL LETTER K WITH PALATAL HOOK
  [0x1d85, 'l'], // LATIN SMALL LETTER L WITH PALATAL HOOK
  [0x1d86, 'm'], // LATIN SMALL LETTER M WITH PALATAL HOOK
  [0x1d87, 'n'], // LATIN SMALL LETTER N WITH PALATAL HOOK
  [0x1d88, 'p'], // LATIN SMALL LETTER P WITH PALATAL HOOK
  [0x1d89, 'r'], // LATIN SMALL LETTER R WITH PALATAL HOOK
  [0x1d8a, 's'], // LATIN SMALL LETTER S WITH PALATAL HOOK
  [0x1d8c, 'v'], // LATIN SMALL LETTER V WITH PALATAL HOOK
  [0x1d8d, 'x'], // LATIN SMALL LETTER X WITH PALATAL HOOK
  [0x1d8e, 'z'], // LATIN SMALL LETTER Z WITH PALATAL HOOK
  // Other Latin letters that only imitate a plain letter (IPA and dotless forms no language writes prose with).
  [0x0251, 'a'], // LATIN SMALL LETTER ALPHA
  [0x0261, 'g'], // LATIN SMALL LETTER SCRIPT G
  [0x0269, 'i'], // LATIN SMALL LETTER IOTA
  [0x0237, 'j'], // LATIN SMALL LETTER DOTLESS J
  [0x01c0, 'l'], // LATIN LETTER DENTAL CLICK
  // Lisu letters, all shaped like Latin capitals.
  [0xa4d0, 'B'], // LISU LETTER BA
  [0xa4d1, 'P'], // LISU LETTER PA
  [0xa4d2, 'd'], // LISU LETTER PHA
  [0xa4d3, 'D'], // LISU LETTER DA
  [0xa4d4, 'T'], // LISU LETTER TA
  [0xa4d6, 'G'], // LISU LETTER GA
  [0xa4d7, 'K'], // LISU LETTER KA
  [0xa4d9, 'J'], // LISU LETTER JA
  [0xa4da, 'C'], // LISU LETTER CA
  [0xa4dc, 'Z'], // LISU LETTER DZA
  [0xa4dd, 'F'], // LISU LETTER TSA
  [0xa4df, 'M'], // LISU LETTER MA
  [0xa4e0, 'N'], // LISU LETTER NA
  [0xa4e1, 'L'], // LISU LETTER LA
  [0xa4e2, 'S'], // LISU LETTER SA
  [0xa4e3, 'R'], // LISU LETTER ZHA
  [0xa4e6, 'V'], // LISU LETTER HA
  [0xa4e7, 'H'], // LISU LETTER XA
  [0xa4ea, 'W'], // LISU LETTER WA
  [0xa4eb, 'X'], // LISU LETTER SHA
  [0xa4ec, 'Y'], // LISU LETTER YA
  [0xa4ee, 'A'], // LISU LETTER A
  [0xa4f0, 'E'], // LISU LETTER E
  [0xa4f2, 'I'], // LISU LETTER I
  [0xa4f3, 'O'], // LISU LETTER O
  [0xa4f4, 'U'], // LISU LETTER U
  // Canadian syllabics with a Latin letter's shape.
  [0x146f, 'd'], // CANADIAN SYLLABICS KO
  [0x1472, 'b'], // CANADIAN SYLLABICS KA
  [0x157c, 'H'], // CANADIAN SYLLABICS NUNAVUT H
  [0x15b4, 'F'], // CANADIAN SYLLABICS BLACKFOOT WE
  [0x1587, 'R'], // CANADIAN SYLLABICS TLHI
  [0x15ea, 'D'], // CANADIAN SYLLABICS CARRIER PE
  [0x15f7, 'B'], // CANADIAN SYLLABICS CARRIER KHE
  [0x146d, 'P'], // CANADIAN SYLLABICS KI
  [0x142f, 'V'], // CANADIAN SYLLABICS PE
  [0x144c, 'U'], // CANADIAN SYLLABICS TE
  [0x14aa, 'L'], // CANADIAN SYLLABICS MA
  // Georgian.
  [0x10e7, 'y'], // GEORGIAN LETTER QAR
];

function buildTable(): ReadonlyMap<number, LookAlike> {
  const table = new Map<number, LookAlike>();
  for (const [codePoint, latin, kind] of CONFUSABLE_ROWS) {
    // A small capital's case comes from its word, so it is stored small like our own rows.
    const caseless = kind === 'caseless';
    table.set(codePoint, { latin: caseless ? latin.toLowerCase() : latin, caseless, bar: kind === 'bar' });
  }
  for (const [codePoint, latin, caseless = false] of ROWS) {
    table.set(codePoint, { latin, caseless, bar: latin === 'I' });
  }
  // Cherokee also has small letters (U+AB70…, U+13F8…), drawn as smaller copies of the capitals:
  // they imitate the same Latin letter, in the case of the word around them.
  for (const [codePoint, latin] of ROWS) {
    if (codePoint < 0x13a0 || codePoint > 0x13f5) continue;
    const small = String.fromCodePoint(codePoint).toLowerCase().codePointAt(0)!;
    if (small !== codePoint && !table.has(small))
      table.set(small, { latin: latin.toLowerCase(), caseless: true, bar: false });
  }
  return table;
}

/** Look-alike code point → what it imitates. */
export const LOOK_ALIKES: ReadonlyMap<number, LookAlike> = buildTable();
