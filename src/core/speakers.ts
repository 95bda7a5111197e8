import { ADVERBS, type Attribution, cleanSpeaker, GREEDY_NP, LEAD, NOT_AFTER_PREPOSITION, NP, SUBJECT, speakerOf, VERB, WORD } from './speaker-phrase.js';

export { type Attribution, displaySpeaker, isNamed, isPlural, isPronoun, REPORTING_VERB } from './speaker-phrase.js';

/** `,” said Mr. Page` */
// The inverted tag uses a finite verb; `,” adding that its value rose` is the reporter's clause, not a speaker.
const VERB_THEN_SPEAKER = new RegExp(`${LEAD}${ADVERBS}(?!\\p{L}+ing\\b)${VERB}\\s+(?!that\\b)(?<np>${WORD}(?:[\\s]+${WORD}){0,7})`, 'u');
/** `,” his wife reportedly said` */
const SPEAKER_THEN_VERB = new RegExp(`${LEAD}(?<np>${SUBJECT})\\s+${ADVERBS}${VERB}\\b`, 'u');
// A description before an appositive may name whom the speaker works for: `A spokesman for Christie, Brian Murray,`.
const DESCRIPTION = `(?:${NP}\\s+for\\s+)?${NP}`;
/** `,” Chris Weston, a strategist at IG, said` */
const SPEAKER_APPOSITIVE_VERB = new RegExp(`${LEAD}(?<np>${DESCRIPTION}),\\s(?<app>[^“”"]{1,120}?),\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `” — Jimmy Page` */
// The name must end the sentence or meet a comma: `— a metaphor for …` running on is the reporter's aside.
const DASH_SPEAKER = new RegExp(`^\\s*[—–―]\\s*(?<np>${WORD}(?:\\s+${WORD}){0,7})(?=\\s*(?:[,.;]|$))`, 'u');
/** `,” as a Homeland Security memo put it` or `,” as Trump said in June` */
const AS_SPEAKER_PUT_IT = new RegExp(`${LEAD}as\\s+(?<np>${NP})\\s+${ADVERBS}(?:put|puts|${VERB})\\b`, 'u');
/** `,” according to his manager` */
const ACCORDING_AFTER = new RegExp(`${LEAD}according to\\s+(?<np>${WORD}(?:\\s+${WORD}){0,7})`, 'iu');
/** `Page told reporters: “` or `his wife said, “` (or a semicolon typed for the colon) */
const SPEAKER_VERB_BEFORE = new RegExp(`${NOT_AFTER_PREPOSITION}(?<np>${SUBJECT})\\s+${ADVERBS}${VERB}(?:\\s+[^“”".:;!?,]{0,90}?)?\\s*[:;,]?\\s*$`, 'u');
/** `Kerr Putney, the police chief, said that the footage did not give “` */
const SPEAKER_APPOSITIVE_BEFORE = new RegExp(`(?:^|,\\s+)(?<np>${DESCRIPTION}),\\s(?<app>[^“”"]{1,120}?),\\s+${ADVERBS}${VERB}(?:\\s+[^“”".:;!?,]{0,90}?)?\\s*[:,]?\\s*$`, 'u');
/** `footage of Trump saying during the debate, “`: the name right before a speaking participle is the speaker. */
const NAME_PARTICIPLE_BEFORE = new RegExp(
  `(?<=\\b(?:of|with|and|as|by)\\s)(?<np>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)\\s+(?:saying|telling|asking|declaring|insisting|warning|arguing)\\b[^“”".;!?]{0,60}[:,]\\s*$`,
  'u',
);
/** `Page: “` at the start of a sentence */
const COLON_SPEAKER = new RegExp(`^\\s*(?<np>${NP}):\\s*$`, 'u');
/** `According to his manager, “` */
const ACCORDING_BEFORE = new RegExp(`according to\\s+(?<np>${NP}),\\s*$`, 'iu');

/** Finds the speaker named right after a quote's closing mark. */
export function speakerAfter(after: string): Attribution | null {
  for (const pattern of [VERB_THEN_SPEAKER, SPEAKER_APPOSITIVE_VERB, SPEAKER_THEN_VERB, DASH_SPEAKER, ACCORDING_AFTER, AS_SPEAKER_PUT_IT]) {
    const speaker = speakerOf(pattern.exec(after));
    if (speaker) return { speaker, direct: true };
  }
  return null;
}

/** Finds the speaker named right before a quote's opening mark. */
export function speakerBefore(before: string): Attribution | null {
  for (const pattern of [NAME_PARTICIPLE_BEFORE, SPEAKER_APPOSITIVE_BEFORE, SPEAKER_VERB_BEFORE, ACCORDING_BEFORE, COLON_SPEAKER, POSSESSIVE_BEFORE]) {
    const speaker = speakerOf(pattern.exec(before));
    if (speaker) return { speaker, direct: true };
  }
  return null;
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
    `the\\s+(?:remarks?|comments?|words|quote)\\s+came\\s+from\\s+(?<source>${GREEDY_NP})|(?:that|this)\\s+(?:was|is)\\s+how\\s+(?<putter>${NP})\\s+put\\s+it)` +
    `(?!\\s+that\\b)(?:[\\s,]+[^.“”"!?;:]{0,50}?)?[.!]?\\s*$`,
  'iu',
);

/** The speaker named by a sentence that is only a speech tag, or null. */
export function tagSentence(sentence: string): string | null {
  const match = TAG_SENTENCE.exec(sentence);
  const groups = match?.groups;
  const phrase = groups?.np ?? groups?.inverted ?? groups?.source ?? groups?.putter;
  const speaker = groups?.app ? speakerOf(match) : phrase ? cleanSpeaker(phrase) : null;
  return speaker && !/^(?:it|this|that|which)$/iu.test(speaker) ? speaker : null;
}

