import { SPEECH_VERBS } from './lexicon.js';
import { ADVERBS, APPOSITIVE, type Attribution, cleanSpeaker, GREEDY_NP, LEAD, NOT_AFTER_PREPOSITION, NP, SUBJECT, speakerOf, VERB, WORD } from './speaker-phrase.js';

export { type Attribution, displaySpeaker, isNamed, isPlural, isPronoun, REPORTING_VERB } from './speaker-phrase.js';

/** `,” said Mr. Page` */
// The inverted tag uses a finite verb; `,” adding that its value rose` is the reporter's clause, not a speaker.
// Eight words at most, not ending on a possessive: `said one Democrat familiar with the Clinton campaign's organization`.
const VERB_THEN_SPEAKER = new RegExp(`${LEAD}${ADVERBS}(?!\\p{L}+ing\\b)${VERB}\\s+(?!that\\b)(?<np>${WORD}(?:[\\s]+${WORD}){0,7})(?<![’']s)`, 'u');
// A body's name may run long and carry small words: `Washington's Institute for Science and International Security`.
const BODY = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:for|and|of|on|the|&)\s+){0,2}\p{Lu}[\p{L}.'’&-]*){0,10}`;
/** `” Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote`: the name is who spoke, the body is where they work. */
const SPEAKER_OF_BODY_THEN_VERB = new RegExp(`${LEAD}(?<np>${SUBJECT})\\s+(?:of|at|for|from|with)\\s+${BODY}\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `,” his wife reportedly said` */
const SPEAKER_THEN_VERB = new RegExp(`${LEAD}(?<np>${SUBJECT})\\s+${ADVERBS}${VERB}\\b`, 'u');
// A description before an appositive may name whom the speaker works for: `A spokesman for Christie, Brian Murray,`.
const DESCRIPTION = `(?:${NP}\\s+for\\s+)?${NP}`;
/** `,” Chris Weston, a strategist at IG, said` */
const SPEAKER_APPOSITIVE_VERB = new RegExp(`${LEAD}(?<np>${DESCRIPTION}),\\s(?<app>${APPOSITIVE}),\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `,” Nate Silver, the polling guru who founded the site tweeted`: the appositive's closing comma is often dropped. */
const SPEAKER_OPEN_APPOSITIVE_VERB = new RegExp(`${LEAD}(?<np>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+),\\s(?:the|a|an|his|her|their|its)\\s[^“”",;]{1,100}?\\s+${VERB}\\b`, 'u');
/** `,” the Republican nominee riffed on the answer`: right after a quote, a subject and a past tense make a speech tag. */
const SPEAKER_THEN_PAST_TENSE = new RegExp(`${LEAD}(?<np>${SUBJECT})\\s+${ADVERBS}\\p{Ll}{3,}ed\\b`, 'u');
/** `” — Jimmy Page` */
// The name must end the sentence or meet a comma: `— a metaphor for …` running on is the reporter's aside.
const DASH_SPEAKER = new RegExp(`^\\s*[—–―]\\s*(?<np>${WORD}(?:\\s+${WORD}){0,7})(?=\\s*(?:[,.;]|$))`, 'u');
/** `,” as a Homeland Security memo put it` or `,” as Trump said in June` */
const AS_SPEAKER_PUT_IT = new RegExp(`${LEAD}as\\s+(?<np>${NP})\\s+${ADVERBS}(?:put|puts|${VERB})\\b`, 'u');
/** `,” according to his manager` */
const ACCORDING_AFTER = new RegExp(`${LEAD}according to\\s+(?<np>${WORD}(?:\\s+${WORD}){0,7})`, 'iu');
/** `Page told reporters: “` or `his wife said, “` (or a semicolon typed for the colon) */
// Circumstance may follow the verb, set off by commas: `Clinton said in the spring, when the story broke, “`.
const SPEAKER_VERB_BEFORE = new RegExp(`${NOT_AFTER_PREPOSITION}(?<np>${SUBJECT})(?:(?<=\\)),)?\\s+${ADVERBS}${VERB}(?:\\s+(?:[^“”".:;!?,]|(?<=\\d),(?=\\d)){0,90}?(?:,\\s+(?:when|while|as|after|before|during|in|on|at)\\b[^“”".:;!?,]{0,70})?)?\\s*[:;,]?\\s*$`, 'u');
/** `Kerr Putney, the police chief, said that the footage did not give “` */
const SPEAKER_APPOSITIVE_BEFORE = new RegExp(`(?:^|,\\s+|\\()(?<np>${DESCRIPTION}),\\s(?<app>${APPOSITIVE}),\\s+${ADVERBS}${VERB}(?:\\s+(?:[^“”".:;!?,]|(?<=\\d),(?=\\d)){0,90}?)?\\s*[:,]?\\s*$`, 'u');
/** `footage of Trump saying during the debate, “`: the name right before a speaking participle is the speaker. */
const NAME_PARTICIPLE_BEFORE = new RegExp(
  `(?<=\\b(?:of|with|and|as|by)\\s)(?<np>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)\\s+(?:saying|telling|asking|declaring|insisting|warning|arguing|calling|describing|dubbing|labeling|labelling|branding)\\b[^“”".;!?]{0,60}(?:[:,]|\\b(?:a|an|the|as|it|him|her|them))\\s*$`,
  'u',
);
/** `Page: “` at the start of a sentence, or after a dash in a digest (`Polls moved - Philip Bump: “`) */
const COLON_SPEAKER = new RegExp(`(?:^\\s*|\\s[–—-]\\s+)(?<np>${SUBJECT}):\\s*$`, 'u');
/** `According to his manager, “` */
const ACCORDING_BEFORE = new RegExp(`according to\\s+(?<np>${NP}),\\s*$`, 'iu');

/**
 * Finds the speaker named right after a quote's closing mark. The looser tags (no verb of speech, no closing comma)
 * count only after a quote that ends as speech does, with its own comma or stop: `“Daily Show” host Trevor Noah
 * showed` names a show, not a speaker.
 */
export function speakerAfter(after: string, quoteEndsAsSpeech = true): Attribution | null {
  const patterns = [VERB_THEN_SPEAKER, SPEAKER_APPOSITIVE_VERB, SPEAKER_THEN_VERB, SPEAKER_OF_BODY_THEN_VERB, DASH_SPEAKER, ACCORDING_AFTER, AS_SPEAKER_PUT_IT];
  for (const pattern of quoteEndsAsSpeech ? [...patterns, SPEAKER_OPEN_APPOSITIVE_VERB, SPEAKER_THEN_PAST_TENSE] : patterns) {
    const speaker = speakerOf(pattern.exec(after));
    if (speaker) return pattern === SPEAKER_THEN_PAST_TENSE ? { speaker, direct: true, loose: true } : { speaker, direct: true };
  }
  return null;
}

// `Cruz said as the heckler yelled: “`: where a second clause has a speech verb of its own, that verb introduces the quote.
const LAST_CLAUSE = /^.*\s(?:as|while|when|and)\s+(?=\S)/su;

/** Finds the speaker named right before a quote's opening mark. */
export function speakerBefore(before: string): Attribution | null {
  const clause = before.replace(LAST_CLAUSE, '');
  const nearest = clause !== before ? speakerOf(SPEAKER_VERB_BEFORE.exec(clause)) : null;
  if (nearest) return { speaker: nearest, direct: true };
  for (const pattern of [NAME_PARTICIPLE_BEFORE, SPEAKER_APPOSITIVE_BEFORE, SPEAKER_VERB_BEFORE, ACCORDING_BEFORE, COLON_SPEAKER, POSSESSIVE_BEFORE]) {
    // The appositive pattern opens at a clause boundary, so a later match is another clause's subject, not an object.
    const speaker = pattern === SPEAKER_APPOSITIVE_BEFORE ? firstSpeaker(pattern, before) : speakerOf(pattern.exec(before));
    if (speaker) return { speaker, direct: true };
  }
  return null;
}

/**
 * The first match of a pattern that names someone. In `However, Jill Martin, a counsel for the firm, said` the
 * match at the start takes "However" for the subject and is refused, so the next place the pattern fits is tried.
 */
function firstSpeaker(pattern: RegExp, text: string): string | null {
  const sticky = globalVersion(pattern);
  sticky.lastIndex = 0;
  for (let match = sticky.exec(text); match; match = sticky.exec(text)) {
    const speaker = speakerOf(match);
    if (speaker) return speaker;
    sticky.lastIndex = match.index + 1;
  }
  return null;
}

// Compiling these long patterns costs more than running them, so each global copy is made once.
const globalVersions = new Map<RegExp, RegExp>();
function globalVersion(pattern: RegExp): RegExp {
  let copy = globalVersions.get(pattern);
  if (!copy) globalVersions.set(pattern, (copy = new RegExp(pattern.source, `${pattern.flags}g`)));
  return copy;
}

// The owner in a possessive: a name in capitals, perhaps after an article (`the Post’s`), not a whole clause.
const POSSESSOR = String.raw`(?<![\p{L}\p{N}.'’&-])(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,4}\p{Lu}[\p{L}\p{N}.&-]*`;
// Nouns for something said or written: `Trump’s claim that there were “thousands of shootings”`.
const WORDS_SAID = String.raw`(?:claims?|statements?|remarks?|comments?|words|tweets?|letters?|missives?|messages?|speech|assertions?|promises?|pledges?|warnings?|arguments?|description|testimony|response|answer|call|quip|boast)`;
export const POSSESSIVE_SOURCE = new RegExp(`(?<np>${POSSESSOR})[’']s\\s+(?:\\p{Ll}+\\s+){0,2}?${WORDS_SAID}\\b`, 'u');

/** `Trump’s claim that “` right before the quote: the words are the owner's, whoever reports them. */
const POSSESSIVE_BEFORE = new RegExp(`(?<np>${POSSESSOR})[’']s\\s+(?:\\p{Ll}+\\s+){0,2}?${WORDS_SAID}(?:\\s+(?:that|of)\\b[^“”".;:!?]{0,80})?\\s*[:,]?\\s*$`, 'u');

// A sentence that only names who spoke: `Lynch said on Friday.`, `So said Speaker Paul Ryan.`, `The remark came from Lynch.`,
// `His niece, state Del. Marcia Price, shouted to the crowd.`
const TAG_SENTENCE = new RegExp(
  `^\\s*(?:(?:so\\s+)?${VERB}\\s+(?<inverted>${GREEDY_NP})|(?<np>${SUBJECT})(?:,\\s(?<app>[^,“”"]{1,100}),)?\\s+${ADVERBS}${VERB}|` +
    `the\\s+(?:remarks?|comments?|words|quote)\\s+came\\s+from\\s+(?<source>${GREEDY_NP})|(?:that|this)\\s+(?:was|is)\\s+how\\s+(?<putter>${NP})\\s+put\\s+it|` +
    // `Hannity pressed.`: a name and a past tense, nothing else, right after a quote.
    `(?<actor>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)\\s+\\p{Ll}{3,}ed(?=[.!]?\\s*$))` +
    `(?!\\s+that\\b)(?:[\\s,]+[^.“”"!?;:]{0,50}?)?[.!]?\\s*$`,
  'iu',
);

// Words one of the tag sentence's forms needs: a verb of speech (the first word of "went on"), or a word for a remark.
const TAG_WORDS = new Set([...[...SPEECH_VERBS].map((verb) => verb.split(' ')[0]!), 'remark', 'remarks', 'comment', 'comments', 'words', 'quote', 'put']);

/** The speaker named by a sentence that is only a speech tag, or null. */
export function tagSentence(sentence: string): string | null {
  // The pattern is costly and most sentences carry no tag: run it only where a verb of speech, a word for a remark,
  // or a closing past tense is there to be found.
  const words = sentence.toLowerCase().split(/[^\p{L}']+/u);
  if (!words.some((w) => TAG_WORDS.has(w)) && !/\p{Ll}{3,}ed[.!]?\s*$/u.test(sentence)) return null;
  const match = TAG_SENTENCE.exec(sentence);
  const groups = match?.groups;
  const phrase = groups?.np ?? groups?.inverted ?? groups?.source ?? groups?.putter ?? groups?.actor;
  const speaker = groups?.app ? speakerOf(match) : phrase ? cleanSpeaker(phrase) : null;
  return speaker && !/^(?:it|this|that|which)$/iu.test(speaker) ? speaker : null;
}

