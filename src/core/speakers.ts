import { SPEECH_VERBS } from './lexicon.js';
import { ADVERBS, type Attribution, cleanSpeaker, LEAD, NP, VERB, WORD } from './speaker-phrase.js';

export { type Attribution, displaySpeaker, isNamed, isPlural, isPronoun, REPORTING_VERB } from './speaker-phrase.js';

/** `,” said Mr. Page` */
const VERB_THEN_SPEAKER = new RegExp(`${LEAD}${ADVERBS}${VERB}\\s+(?<np>${WORD}(?:[\\s]+${WORD}){0,7})`, 'u');
/** `,” his wife reportedly said` */
const SPEAKER_THEN_VERB = new RegExp(`${LEAD}(?<np>${NP})\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `,” Chris Weston, a strategist at IG, said` */
const SPEAKER_APPOSITIVE_VERB = new RegExp(`${LEAD}(?<np>${NP}),\\s[^“”"]{1,120}?,\\s+${ADVERBS}${VERB}\\b`, 'u');
/** `” — Jimmy Page` */
// The name must end the sentence or meet a comma: `— a metaphor for …` running on is the reporter's aside.
const DASH_SPEAKER = new RegExp(`^\\s*[—–―]\\s*(?<np>${WORD}(?:\\s+${WORD}){0,7})(?=\\s*(?:[,.;]|$))`, 'u');
/** `,” according to his manager` */
const ACCORDING_AFTER = new RegExp(`${LEAD}according to\\s+(?<np>${WORD}(?:\\s+${WORD}){0,7})`, 'iu');
/** `Page told reporters: “` or `his wife said, “` */
const SPEAKER_VERB_BEFORE = new RegExp(`(?<np>${NP})\\s+${ADVERBS}${VERB}(?:\\s+[^“”".:;!?,]{0,90}?)?\\s*[:,]?\\s*$`, 'u');
/** `Kerr Putney, the police chief, said that the footage did not give “` */
const SPEAKER_APPOSITIVE_BEFORE = new RegExp(`(?:^|,\\s+)(?<np>${NP}),\\s[^“”"]{1,120}?,\\s+${ADVERBS}${VERB}(?:\\s+[^“”".:;!?,]{0,90}?)?\\s*[:,]?\\s*$`, 'u');
/** `Page: “` at the start of a sentence */
const COLON_SPEAKER = new RegExp(`^\\s*(?<np>${NP}):\\s*$`, 'u');
/** `According to his manager, “` */
const ACCORDING_BEFORE = new RegExp(`according to\\s+(?<np>${NP}),\\s*$`, 'iu');
/** The subject of a reporter's sentence that carries a partial quote: `Friends say he ...` */
const SPEAKER_VERB_ANYWHERE = new RegExp(`(?:^|[\\s,;(])(?<np>${NP})\\s+${ADVERBS}(?:${VERB}|call(?:s|ed)?|describ(?:es|ed))\\b`, 'gu');

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
  for (const pattern of [SPEAKER_APPOSITIVE_BEFORE, SPEAKER_VERB_BEFORE, ACCORDING_BEFORE, COLON_SPEAKER]) {
    const np = pattern.exec(before)?.groups?.np;
    const speaker = np && cleanSpeaker(np);
    if (speaker) return { speaker, direct: true };
  }
  return null;
}

/** The subject of the speech verb in a reporter's sentence that embeds a quote. */
export function speakerInSentence(sentenceOutsideQuote: string): Attribution | null {
  // The sentence's own subject comes first: in `Trump said Clinton once described the deal as “the gold
  // standard”` the words are reported by Trump, and `Republican claims` must not make "Republican" a speaker.
  const subject = speechTag(sentenceOutsideQuote) ?? sentenceSubject(sentenceOutsideQuote);
  if (subject) return subject;
  for (const match of sentenceOutsideQuote.matchAll(SPEAKER_VERB_ANYWHERE)) {
    const speaker = match.groups?.np && cleanSpeaker(match.groups.np);
    if (speaker) return { speaker, direct: false };
  }
  return null;
}

// A sentence may open with circumstance before its subject: `In a statement Friday, Page ...`.
const LEAD_IN_CLAUSE = /^\s*(?:in|on|at|after|before|during|following|despite|while|as|since|when|with|from|for|by|speaking|writing|earlier|later|according to)\b[^,“”"]{0,80},\s*/iu;
// The subject followed by its verb: `Reid has gone after`, `Japan branded`, `Cruz exhorted`. The shortest
// subject is tried first; a longer one when that leaves a bare determiner (`the promoters planned`).
const subjectThenVerb = (np: string) =>
  new RegExp(
    `^\\s*(?<np>${np})(?:,\\s[^,“”"]{1,100},)?\\s+${ADVERBS}(?:(?:is|was|are|were|has|have|had|will|would)\\s+(?:\\p{L}+ly\\s+)?)?\\p{Ll}+(?:ed|s|ing)\\b`,
    'u',
  );
const SUBJECT_THEN_VERB = [subjectThenVerb(NP), subjectThenVerb(NP.replace('{0,7}?', '{0,7}'))];

const REPORT_OPENING = new RegExp(`^\\s*(?<np>${NP})(?:,\\s[^,“”"]{1,100},)?\\s+${ADVERBS}${VERB}\\b`, 'u');

/** The speaker of a sentence of reported speech: `Jones said the team was ready.`, `The team was ready, Jones said.` */
export function speakerOfReport(sentence: string): Attribution | null {
  const np = REPORT_OPENING.exec(sentence.replace(LEAD_IN_CLAUSE, ''))?.groups?.np;
  const speaker = np && cleanSpeaker(np);
  return speaker ? { speaker, direct: false } : speechTag(sentence);
}

// A speech tag set off by commas, or closing the sentence: `These workers, Stumpf explained, were …`, `…, Warren said.`
const SPEECH_TAG = new RegExp(`,[”’"]?\\s*(?<np>(?=\\p{Lu})${NP})\\s+${ADVERBS}${VERB}(?:\\s[^,.;“”"]{0,60})?(?:,|[.!?]?\\s*$)`, 'u');

function speechTag(sentence: string): Attribution | null {
  const np = SPEECH_TAG.exec(sentence)?.groups?.np;
  const speaker = np && cleanSpeaker(np);
  return speaker ? { speaker, direct: false } : null;
}

/**
 * A fragment quoted inside a reporter's sentence is the words of that sentence's subject
 * (`Reid has gone after Trump as a “human leech”`), even when the verb is not one of speech.
 */
function sentenceSubject(sentence: string): Attribution | null {
  const clause = sentence.replace(LEAD_IN_CLAUSE, '');
  for (const pattern of SUBJECT_THEN_VERB) {
    const np = pattern.exec(clause)?.groups?.np;
    const speaker = np && cleanSpeaker(np);
    if (!speaker || !/^(?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)/u.test(speaker)) continue;
    // `Friends say he has…`: a speech verb inside the phrase means the subject ended before it.
    if (speaker.split(/\s+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return null;
    return { speaker, direct: false };
  }
  return null;
}

