/**
 * The letters of Vietnamese names, in NFC: a-z (f, j, w and z occur in names of ethnic minorities
 * and of foreign origin), đ, and every vowel with its modifier (ă â ê ô ơ ư) and tone mark, upper
 * and lower case. Built once from the base letters and combining marks: no regex over Unicode.
 */
const CONSONANTS = 'bcdfghjklmnpqrstvwxzđ';
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** No tone, grave, acute, tilde, hook above, dot below. */
const TONES = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

function build(): ReadonlySet<string> {
  const letters = new Set<string>();
  const add = (letter: string): void => {
    letters.add(letter);
    letters.add(letter.toUpperCase());
  };
  for (const consonant of CONSONANTS) add(consonant);
  for (const vowel of VOWELS) for (const tone of TONES) add((vowel + tone).normalize('NFC'));
  return letters;
}

/** Every Vietnamese letter as one NFC code point. */
export const VIETNAMESE_LETTERS: ReadonlySet<string> = build();
