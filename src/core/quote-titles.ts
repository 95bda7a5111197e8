import { SPEECH_VERB_PATTERN } from './lexicon.js';

/* Titles, nicknames and names of shows in quotation marks: quoted, but nobody's words. */

// Small words that stay lower case in a title: “Whole Lotta Love”, “Back in Black”.
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|by|with|from|into|vs\.?|n’|’n’|'n'|n'|de|la|le|du|von|van|is|as|up)$/u;
// Words right before an opening mark that announce a title or a nickname, not speech; also the head of a list of
// them (`Latin hits including “La Gozadera”`, `words such as “ambassador”`).
const TITLE_CUE = /(?:\b(?:song|songs|single|singles|album|albums|record|track|tracks|EP|LP|tune|ballad|anthem|hit|hits|film|movie|show|series|book|novel|memoir|tour|play|musical|documentary|podcast|titled|entitled|dubbed|nicknamed|known as|billed as|so-called|marked|labell?ed|stamped|rated|classified as|word|phrase|term|slogan|hashtag|brand|label|festival|opera|video|cover of|version of|(?:songs|hits|tracks|albums|singles|words|terms|phrases|slogans|chants)\s+(?:such as|like|including))|,)\s*$/iu;
// "called" and "named" announce a name in capitals (`a song called “Kashmir”`) but a judgement in lower case
// (`what it called “a clear threat to peace”`).
const NAME_CUE = /\b(?:called|named)\s*$/iu;
// `saying, “…”`, `tweeting, “…”`: a comma after a speech verb opens speech, not a title.
export const SPEECH_BEFORE_COMMA = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_PATTERN}|chanting|chanted|tweeting)\\s*,\\s*$`, 'iu');

/** A title announced by a word before it (`the album “Presence”`, `titled “Arrogant”`), whoever is near. */
export function isAnnouncedTitle(words: string[], before: string): boolean {
  return TITLE_CUE.test(before) && !/,\s*$/u.test(before) && words.length <= 8;
}

/** A short quoted span that reads as a title or a nickname: cued by a word before it, or in Title Case. */
export function looksLikeTitle(words: string[], before: string): boolean {
  if (TITLE_CUE.test(before) && words.length <= 8 && !SPEECH_BEFORE_COMMA.test(before)) return true;
  if (NAME_CUE.test(before) && words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(words[0]!)) return true;
  if (words.length > 6) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.test(w.toLowerCase())));
  return titleCase && !/[.?!]\s/u.test(words.join(' '));
}
