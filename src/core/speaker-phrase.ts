import { DETERMINERS, IRREGULAR_PAST_TENSES, SPEAKER_PRONOUNS, SPEECH_VERB_PATTERN, SPEECH_VERBS, UNNAMED_SOURCE_WORDS } from './lexicon.js';

/*
 * What a speaker phrase looks like in news text: the regular-expression pieces the attribution
 * patterns are built from, and how a captured phrase is trimmed, judged named or not, and shown.
 */

// Inside a word: letters, digits, combining marks, and the control codes and Latin-1 signs that mis-decoded accents
// leave behind in scraped text (`FranÃÂ§ois Hollande`), though never a guillemet or a no-break space.
/** Regex source: a word of a name, or a party-and-state tag: `Rep. Gwen Moore (D-Wis.)`. */
export const WORD = String.raw`(?:[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’&/\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF-]*|\([\p{Lu}][^()\n]{0,20}\))`;
// A phrase starts at a word's start, never inside "and" or after the apostrophe of "Trump’s".
const AT_WORD_START = String.raw`(?<![\p{L}\p{N}.'’&-])`;
// Words that end a noun phrase rather than belong to it.
const NOT_IN_NAME = String.raw`(?!(?:is|was|are|were|be|been|has|have|had|that|which|and|but|for|if|as|than|then|it|when|while|because|so)\b)`;
/** Regex source: a noun phrase of one to eight words that may name a speaker. */
// A phrase never ends on a determiner: in `the report said` the verb is "said", not "report".
const NOT_LAST = String.raw`(?!(?:the|a|an|his|her|their|its|my|our|your)\s)`;
export const NP = String.raw`${AT_WORD_START}(?:${NOT_IN_NAME}${WORD}\s+){0,7}?${NOT_IN_NAME}${NOT_LAST}${WORD}`;
/** Regex source: a speaker phrase, or two joined by "and" when the first is a name (`Pence and Ryan said`). */
export const SUBJECT = String.raw`(?:${AT_WORD_START}(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*\s+and\s+(?=\p{Lu}|(?:the|his|her|their|its)\s))?${NP}`;
/**
 * Regex source, put before a subject: a phrase that follows a preposition is its object, not a subject (in `rated
 * 32% of Republican claims as “false”`, "claims" is a noun).
 */
export const NOT_AFTER_PREPOSITION = String.raw`(?<!\b(?:of|to|for|with|about|from|by|at|on|in|into|than|among)\s)(?!(?:of|to|for|with|about|from|by|at|on|in|into|than|among)\s)`;
/** Regex source: a noun phrase that takes as many words as it can. */
export const GREEDY_NP = NP.replace('{0,7}?', '{0,7}');
/** Regex source: up to two adverbs or auxiliaries between a speaker and the verb (`has also said`). */
export const ADVERBS = String.raw`(?:(?:\p{L}+ly|also|then|later|once|often|never|always|has|had|have|would|will|is|was|are|were|later|again|simply|just|even|recently|previously|once|flatly)\s+){0,2}`;
/** Regex source: any form of a verb of speech or writing. */
export const VERB = `(?:${SPEECH_VERB_PATTERN})`;
/**
 * Regex source: what stands between commas after a speaker: a description, or a relative clause that may run long
 * (`Trump, who previously questioned whether the judge's heritage made him biased …, said`).
 */
export const APPOSITIVE = String.raw`(?:who\s[^“”"]{1,240}?|[^“”"]{1,120}?)`;
/** Regex source: the spaces and punctuation right after a closing mark. */
export const LEAD = String.raw`^[\s,;]*`;

/** Where a phrase stops being the speaker's name and becomes circumstance. */
const NAME_END = /,|(?<!close)\sto\b|\s(?:who|which|in|on|at|during|after|before|when|while|from|with|as|last|this|yesterday|today|tonight|earlier|recently|adding|noting|according)\b|[.;:!?]?$/u;

/** Regex source: a finite verb by which a reporter gives words to someone, a speech verb or `called`, `described`, `termed`. */
export const GIVING_VERB = String.raw`(?:${VERB}|call(?:s|ed)?|describ(?:es|ed)|term(?:s|ed))`;

/** A verb by which a reporter gives words to someone, in any form: the speech verbs, and "called", "described". */
export const REPORTING_VERB = new RegExp(`(?<![\\p{L}])(?:${VERB}|call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|term(?:s|ed)?)(?![\\p{L}])`, 'iu');

/** Who said a quote, as the article names them. */
export interface Attribution {
  speaker: string;
  /** True when the speaker phrase stands right next to the quote (`“…,” she said`). */
  direct: boolean;
  /** Found without a verb of speech (`“…,” the nominee riffed`): the quote may still be a title (`“Fox and Friends,” Trump pointed`). */
  loose?: boolean;
}

const SUBJECT_PRONOUN = /^(?:he|she|they|we|I)$/u;

/** Trims a captured phrase to the speaker: no trailing circumstance, no leading conjunction. */
export function cleanSpeaker(phrase: string): string | null {
  let speaker = phrase.trim();
  // `his platform Friday to discuss what he described`: a pronoun right before the verb is its subject.
  const nearest = speaker.split(/\s+/u).at(-1)!;
  if (speaker.includes(' ') && SUBJECT_PRONOUN.test(nearest)) return nearest;
  const end = NAME_END.exec(speaker);
  if (end) speaker = speaker.slice(0, end.index);
  speaker = speaker.replace(/[\s,.;:’'"”]+$/u, '');
  const words = cutAtVerb(dropLeadIn(speaker.split(/\s+/u).filter(Boolean)));
  speaker = words.join(' ');
  if (!speaker || !/\p{L}/u.test(speaker)) return null;
  // `since 2008 she has told`, `that they should add`: a personal pronoun inside the phrase is the subject itself.
  const pronoun = words.length > 1 ? words.find((w) => SUBJECT_PRONOUN.test(w)) : undefined;
  if (pronoun) return pronoun;
  const first = words[0]!.toLowerCase();
  // `Reprising one of her lines, …`, `Citing the attack`: a participle with its object is a lead-in clause, not a subject.
  if (/^\p{Lu}\p{Ll}+ing$/u.test(words[0]!) && words[1] !== undefined && /^\p{Ll}/u.test(words[1])) return null;
  if (/^(?:it|this|that|there|what|which)$/u.test(first) && words.length === 1) return null;
  // `Trump’s remarks`, `his comments`, `a swiftly called`: a possessive or a bare determiner before a word of speech
  // makes that word a noun, so the phrase is no one's subject.
  if (/[’']s$/u.test(phrase.trim()) || /[’']s$/u.test(speaker) || (words.length === 1 && first !== 'another' && (DETERMINERS.has(first) || SPEAKER_OPENERS.has(first)))) return null;
  // `It reads:`: a phrase that ends on a verb of speech (not a noun like "report") has swallowed the verb.
  const last = words.at(-1)!;
  if (words.length > 1 && SPEECH_VERBS.has(last) && !UNNAMED_SOURCE_WORDS.has(last)) return null;
  // `Typically, a prior agreement …, said Dr. Tourgeman`: a sentence adverb before a comma is no one's name, and
  // `a swiftly called meeting` ends on the adverb of a verb, not on a noun.
  if (words.length === 1 && /\p{L}{3}(?:ally|ously|ently|antly|ively|ately|edly)$/u.test(speaker)) return null;
  if (words.length > 1 && /^\p{Ll}\p{L}{2,}ly$/u.test(last) && !NOUNS_IN_LY.test(last)) return null;
  // `Friday was the last show`: a day is never who spoke.
  if (words.length === 1 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u.test(speaker)) return null;
  if (words.length > 8) return null;
  // `her speech by thanking`, `a study by Schott and`: a phrase that ends on a preposition or a conjunction was cut
  // from a longer clause; it names no one.
  if (words.length > 1 && /^(?:by|of|for|to|with|at|in|on|from|about|into|than|and|or|but|a|an|the|his|her|their|its)$/u.test(last)) return null;
  // `go back only 12 years`: a span of time never speaks.
  if (/^(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|times)$/u.test(last)) return null;
  return canSpeak(words) ? speaker : null;
}

// What a phrase names when its head is the topic or the tone of what was said, not who said it.
const TOPIC_NOUNS = /^(?:issues?|rationale|reasons?|ideas?|notions?|concepts?|support|silence|stances?|figures?|numbers?|interviews?|topics?|subjects?|matters?|problems?|facts?|points?|arguments?|themes?|terms?|phrases?|words?|language|rhetoric|tone|focus|goals?|efforts?|moves?|attacks?|remarks?|comments?|success|failure|criticism|praise)$/u;
// Heads that are no noun for anyone: adjectives (`his anti-Muslim`, `a political`), abstract nouns (`the awareness`,
// `its nationalism`) and contractions (`a verbal lashing they've`). Gerunds are treated on their own.
const NOT_A_NOUN_FOR_ANYONE = /^(?:(?:anti|pro|non)-.*|.*(?:ical|ous|ful|able|ible|ish|less|ness|ism)|.*[’'](?:ve|re|ll|d))$/u;
const GERUND_NOUNS = /^(?:ruling|filing|polling|briefing|hearing|posting|listing|reading|wording|writing|recording|meeting|gathering|finding)s?$/u;

/**
 * Only a person, a group or something that speaks for them says anything. A head (the last word before any "of …")
 * that is a topic, an adjective, a gerund or a year names no one: `the silence`, `Clinton's campaigning`, `the 2012`.
 */
function canSpeak(words: string[]): boolean {
  const ofAt = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|from|with|in|on|by|to)$/u.test(w));
  const head = ofAt > 0 ? words.slice(0, ofAt) : words;
  const last = head.at(-1)!;
  if (/^\p{N}/u.test(last)) return /-year-olds?$/u.test(last) || head.length > 1 && /^\p{Lu}/u.test(head.at(-2)!);
  if (!/^\p{Ll}/u.test(last)) return true;
  if (UNNAMED_SOURCE_WORDS.has(last) || SPEAKER_PRONOUNS.has(last)) return true;
  if (/ing$/u.test(last) && !GERUND_NOUNS.test(last)) return false;
  return !TOPIC_NOUNS.test(last) && !NOT_A_NOUN_FOR_ANYONE.test(last);
}

// A finite verb inside a phrase: `Trump took`, `the campaign sent out a release`, `Trump did`.
const FINITE_VERB = new RegExp(`^(?:${IRREGULAR_PAST_TENSES.join('|')}|does|do|has|have|is|was|are|were|will|would|can|could|should|must|might)$`, 'u');
// Words that trail a noun without being the speaker: `a source familiar [with]`, `his former`.
const TRAILING_MODIFIER = /^(?:familiar|close|first|further|former|last|also|too|himself|herself|themselves|itself)$/u;

/**
 * `Trump unleashed a series of tweets`, `the judge pointed`: a past tense right after a noun is the verb, so the words
 * before it are the subject. After a determiner or an adverb it is an adjective (`a retired general`, `newly elected`).
 */
function cutAtVerb(words: string[]): string[] {
  const verb = words.findIndex((w, i) => {
    if (i === 0) return false;
    const before = words[i - 1]!.toLowerCase();
    if (DETERMINERS.has(before) || SPEAKER_OPENERS.has(before) || /ly$/u.test(before)) return false;
    return (/^\p{Ll}{2,}ed$/u.test(w) && !/eed$/u.test(w)) || FINITE_VERB.test(w);
  });
  const kept = verb > 0 ? words.slice(0, verb) : words;
  return kept.length > 1 && TRAILING_MODIFIER.test(kept.at(-1)!) ? kept.slice(0, -1) : kept;
}

// Lower-case nouns that end like adverbs: `his family said`, `a weekly reported`.
const NOUNS_IN_LY = /(?:family|ally|rally|assembly|supply|monopoly|reply|anomaly|fly|belly|bully|lily|daily|weekly|monthly|quarterly|homily)$/u;

// Lower-case words that may open a speaker phrase: "his wife", "the band", "de Niro".
const SPEAKER_OPENERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'two', 'three', 'some', 'several',
  'many', 'few', 'another', 'those', 'these', 'each', 'every', 'all', 'both', 'most', 'de', 'van', 'von', 'al', 'bin',
]);
// Capitalised words that open a sentence but never a name: "In a statement, Page said".
const CAPITALISED_LEAD_IN = /^(?:soon|shortly|in|on|at|after|before|following|despite|during|asked|when|while|since|as|by|for|with|from|to|of|about|under|over|through|if|because|although|though|later|earlier|last|then|also|still|but|and|so|yet|meanwhile|instead|however|now|here|there|yesterday|today|speaking|writing|citing|noting|adding|quoting|referring|responding|reacting|addressing|describing|calling|including|given|having|being|where|once|like|unlike|even|only|just|again|that|what|which|according)$/u;

/**
 * A speaker is a noun phrase: it opens with a name, a determiner, a pronoun or a word for a
 * source. Words before that (prepositions, verbs, adverbs the pattern swept in) are dropped.
 */
function dropLeadIn(words: string[]): string[] {
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    if (/^\p{Lu}/u.test(word) || /^\p{N}/u.test(word) || word.startsWith('(')) {
      if (i + 1 < words.length && CAPITALISED_LEAD_IN.test(lower)) continue;
      if (!CAPITALISED_LEAD_IN.test(lower)) break;
      continue;
    }
    if (SPEAKER_OPENERS.has(lower) || SPEAKER_PRONOUNS.has(lower) || UNNAMED_SOURCE_WORDS.has(lower)) break;
  }
  return words.slice(i);
}

// A name of one to four capitalised words (initials allowed): `Janet Yellen`, `Lawrence B. Cummings`.
const PLAIN_NAME = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+$/u;

/**
 * The speaker a pattern captured. `The Fed’s chair, Janet Yellen, said`: when a description opens with a
 * determiner or a possessive and the appositive is a plain name, the name is who spoke.
 */
export function speakerOf(match: RegExpExecArray | null): string | null {
  const { np, app } = match?.groups ?? {};
  // `In June, several promoters cancelled …, saying`: a phrase opening with a preposition was a lead-in, not a subject.
  if (np && app && /^\s*(?:in|on|at|after|before|during|following|since|when|while|as|by|for|with|from|under|over)\s/iu.test(np)) return null;
  // `Trump, during interviews on Thursday, referred`: a clause between commas is circumstance, not an appositive, and
  // the phrase before it is the subject, unless it is a place's abbreviation (`Berea, OH, after winning Ohio, …`).
  if (np && app && /^\s*(?:after|before|during|following|since|when|while|if|because|although|despite)\s/iu.test(app)) {
    return /^\s*\p{Lu}{1,3}\s*$/u.test(np) ? null : cleanSpeaker(np);
  }
  if (np && app && /^(?:(?:the|a|an|his|her|their|its)|\S+[’']s)\s/iu.test(np.trim()) && PLAIN_NAME.test(app.trim())) return app.trim();
  return np ? cleanSpeaker(np) : null;
}

/** True for a bare pronoun speaker (he, she, they…), which is resolved to a name where possible. */
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
export function displaySpeaker(speaker: string, named: boolean, article: string): string {
  if (named) return speaker;
  const [first = '', ...rest] = speaker.split(' ');
  const lower = first.toLowerCase();
  if (rest.length === 0 && hasFirstName(first, article)) return speaker;
  if (DETERMINERS.has(lower) || UNNAMED_SOURCE_WORDS.has(lower) || SPEAKER_PRONOUNS.has(lower) || rest.every((w) => /^\p{Ll}/u.test(w))) {
    return [lower === 'i' ? 'I' : lower, ...rest].join(' ');
  }
  return speaker;
}

/** A surname that is also a common word keeps its capital where the story gives it a first name: `George Will`. */
function hasFirstName(word: string, article: string): boolean {
  const body = article.slice(article.indexOf('\n') + 1);
  return new RegExp(`(?<=[\\p{Ll},]\\s)\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(body);
}

/** Plural groups ("friends", "officials") cannot be what "he" or "she" points back to. */
export function isPlural(speaker: string): boolean {
  const last = speaker.split(/\s+/u).pop()!.toLowerCase();
  return /s$/u.test(last) && UNNAMED_SOURCE_WORDS.has(last);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
