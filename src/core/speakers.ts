import { DETERMINERS, SPEAKER_PRONOUNS, SPEECH_VERB_PATTERN, UNNAMED_SOURCE_WORDS } from './lexicon.js';

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}.'’&-]*`;
// Words that end a noun phrase rather than belong to it.
const NOT_IN_NAME = String.raw`(?!(?:is|was|are|were|be|been|has|have|had|that|which|and|but|for|if|as|than|then|it|in|on|at|with|when|while|because|so)\b)`;
const NP = String.raw`(?:${NOT_IN_NAME}${WORD}\s+){0,7}?${NOT_IN_NAME}${WORD}`;
const ADVERBS = String.raw`(?:(?:\p{L}+ly|also|then|later|once|often|never|always|has|had|have|would|will|later|again|simply|just|even|recently|previously|once|flatly)\s+){0,2}`;
const VERB = `(?:${SPEECH_VERB_PATTERN})`;
const LEAD = String.raw`^[\s,;]*`;

/** `,” said Mr. Page` */
const VERB_THEN_SPEAKER = new RegExp(`${LEAD}${ADVERBS}${VERB}\\s+(?<np>${WORD}(?:[\\s]+${WORD}){0,7})`, 'u');
/** `,” his wife reportedly said` */
const SPEAKER_THEN_VERB = new RegExp(`${LEAD}(?<np>${NP})\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `,” Chris Weston, a strategist at IG, said` */
const SPEAKER_APPOSITIVE_VERB = new RegExp(`${LEAD}(?<np>${NP}),\\s[^“”"]{1,120}?,\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `” — Jimmy Page` */
const DASH_SPEAKER = new RegExp(`^\\s*[—–]\\s*(?<np>${WORD}(?:\\s+${WORD}){0,7})`, 'u');
/** `,” according to his manager` */
const ACCORDING_AFTER = new RegExp(`${LEAD}according to\\s+(?<np>${WORD}(?:\\s+${WORD}){0,7})`, 'iu');
/** `Page told reporters: “` or `his wife said, “` */
const SPEAKER_VERB_BEFORE = new RegExp(`(?<np>${NP})\\s+${ADVERBS}${VERB}(?:\\s+[^“”".:;!?]{0,60}?)?\\s*[:,]?\\s*$`, 'u');
/** `Page: “` at the start of a sentence */
const COLON_SPEAKER = new RegExp(`^\\s*(?<np>${NP}):\\s*$`, 'u');
/** `According to his manager, “` */
const ACCORDING_BEFORE = new RegExp(`according to\\s+(?<np>${NP}),\\s*$`, 'iu');
/** The subject of a reporter's sentence that carries a partial quote: `Friends say he ...` */
const SPEAKER_VERB_ANYWHERE = new RegExp(`(?:^|[\\s,;(])(?<np>${NP})\\s+${ADVERBS}(?:${VERB}|call(?:s|ed)?|describ(?:es|ed))\\b`, 'gu');

/** Where a phrase stops being the speaker's name and becomes circumstance. */
const NAME_END = /,|(?<!close)\sto\b|\s(?:who|which|in|on|at|during|after|before|when|while|from|with|as|last|this|yesterday|today|tonight|earlier|recently|adding|noting|according)\b|[.;:!?]?$/u;

export interface Attribution {
  speaker: string;
  /** True when the speaker phrase stands right next to the quote (`“…,” she said`). */
  direct: boolean;
}

/** Finds the speaker named right after a quote's closing mark. */
export function speakerAfter(after: string): Attribution | null {
  for (const pattern of [VERB_THEN_SPEAKER, SPEAKER_APPOSITIVE_VERB, SPEAKER_THEN_VERB, DASH_SPEAKER, ACCORDING_AFTER]) {
    const np = pattern.exec(after)?.groups?.np;
    const speaker = np && cleanSpeaker(np);
    if (speaker) return { speaker, direct: true };
  }
  return null;
}

/** Finds the speaker named right before a quote's opening mark. */
export function speakerBefore(before: string): Attribution | null {
  for (const pattern of [SPEAKER_VERB_BEFORE, ACCORDING_BEFORE, COLON_SPEAKER]) {
    const np = pattern.exec(before)?.groups?.np;
    const speaker = np && cleanSpeaker(np);
    if (speaker) return { speaker, direct: true };
  }
  return null;
}

/** The subject of the speech verb in a reporter's sentence that embeds a quote. */
export function speakerInSentence(sentenceOutsideQuote: string): Attribution | null {
  for (const match of sentenceOutsideQuote.matchAll(SPEAKER_VERB_ANYWHERE)) {
    const speaker = match.groups?.np && cleanSpeaker(match.groups.np);
    if (speaker) return { speaker, direct: false };
  }
  return null;
}

/** Trims a captured phrase to the speaker: no trailing circumstance, no leading conjunction. */
export function cleanSpeaker(phrase: string): string | null {
  let speaker = phrase.trim();
  const end = NAME_END.exec(speaker);
  if (end) speaker = speaker.slice(0, end.index);
  speaker = speaker.replace(/^(?:and|but|so|then|as|while|where|when)\s+/iu, '').replace(/[\s,.;:’'"”]+$/u, '');
  if (!speaker || !/\p{L}/u.test(speaker)) return null;
  const words = speaker.split(/\s+/u);
  const first = words[0]!.toLowerCase();
  if (/^(?:it|this|that|there|what|which)$/u.test(first) && words.length === 1) return null;
  if (words.length > 8) return null;
  return speaker;
}

export function isPronoun(speaker: string): boolean {
  return SPEAKER_PRONOUNS.has(speaker.toLowerCase());
}

/**
 * A speaker is named when the head of the phrase has a proper noun. A capitalised word counts as
 * proper unless it is a known common word or the article also uses it in lower case (so
 * "Music insiders" at the start of a sentence stays unnamed while "Page" is a name).
 */
export function isNamed(speaker: string, article: string): boolean {
  const head = speaker.split(/,|\s(?:for|of|at|with|from|in|on|close to)\s/u)[0]!;
  return head.split(/\s+/u).some((word) => {
    if (!/^\p{Lu}/u.test(word)) return false;
    const lower = word.toLowerCase().replace(/[’']s$/u, '');
    if (DETERMINERS.has(lower) || UNNAMED_SOURCE_WORDS.has(lower) || SPEAKER_PRONOUNS.has(lower)) return false;
    return !new RegExp(`(?<![\\p{L}])${escapeRegExp(lower)}(?![\\p{L}])`, 'u').test(article);
  });
}

/** Unnamed speakers read as a common phrase: "Friends" at a sentence start becomes "friends". */
export function displaySpeaker(speaker: string, named: boolean): string {
  if (named) return speaker;
  const [first = '', ...rest] = speaker.split(' ');
  const lower = first.toLowerCase();
  if (DETERMINERS.has(lower) || UNNAMED_SOURCE_WORDS.has(lower) || SPEAKER_PRONOUNS.has(lower) || rest.every((w) => /^\p{Ll}/u.test(w))) {
    return [lower === 'i' ? 'I' : lower, ...rest].join(' ');
  }
  return speaker;
}

/** Plural groups ("friends", "officials") cannot be what "he" or "she" points back to. */
export function isPlural(speaker: string): boolean {
  const last = speaker.split(/\s+/u).pop()!.toLowerCase();
  return /s$/u.test(last) && UNNAMED_SOURCE_WORDS.has(last);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
