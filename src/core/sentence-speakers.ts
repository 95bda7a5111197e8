import { IRREGULAR_PAST_TENSES, SPEECH_VERBS } from './lexicon.js';
import { ADVERBS, APPOSITIVE, type Attribution, cleanSpeaker, GIVING_VERB, GREEDY_NP, NOT_AFTER_PREPOSITION, NP, speakerOf, VERB } from './speaker-phrase.js';
import { POSSESSIVE_SOURCE } from './speakers.js';

/*
 * Who speaks in a reporter's sentence as a whole: its subject, an "according to" opening, a speech tag set off
 * by commas. Used when no speaker stands right next to the quotation marks.
 */

/** The subject of a reporter's sentence that carries a partial quote: `Friends say he ...` */
const SPEAKER_VERB_ANYWHERE = new RegExp(`(?:^|[\\s,;(])${NOT_AFTER_PREPOSITION}(?<np>${NP})\\s+${ADVERBS}${GIVING_VERB}\\b`, 'gu');

/**
 * The subject of the speech verb in a reporter's sentence that embeds a quote. `near` is the sentence up to the
 * next quote, where a speech tag belongs; `whole` is all of it, where the sentence's own subject may stand.
 */
export function speakerInSentence(near: string, whole = near): Attribution | null {
  // The sentence's own subject comes first: in `Trump said Clinton once described the deal as “the gold
  // standard”` the words are reported by Trump, and `Republican claims` must not make "Republican" a speaker.
  const subject = accordingOpening(whole) ?? speechTag(near) ?? sentenceSubject(whole);
  if (subject) return subject;
  for (const match of near.matchAll(SPEAKER_VERB_ANYWHERE)) {
    const speaker = match.groups?.np && cleanSpeaker(match.groups.np);
    if (speaker) return { speaker, direct: false };
  }
  return possessiveSource(near);
}

const ACCORDING_OPENING = /^\s*according to\s+(?<np>[^,“”"]{1,150}),/iu;

/** `According to McConnell, the bill is “going nowhere”`: the source named first reports the whole sentence. */
function accordingOpening(sentence: string): Attribution | null {
  const np = ACCORDING_OPENING.exec(sentence)?.groups?.np;
  // A long source is cut at its first preposition (`a 2013 study by economists …` → `a 2013 study`), never mid-name.
  const words = np?.split(/\s+/u) ?? [];
  const preposition = words.findIndex((w, i) => i > 0 && /^(?:by|of|from|at|in|for|with)$/u.test(w));
  const speaker = np && cleanSpeaker((words.length > 8 && preposition > 0 ? words.slice(0, preposition) : words.slice(0, 8)).join(' '));
  return speaker ? { speaker, direct: false } : null;
}

/** When no one is the subject of a speech verb, the owner of the words quoted is: `Trump’s claim that “…”`. */
function possessiveSource(sentence: string): Attribution | null {
  const speaker = speakerOf(POSSESSIVE_SOURCE.exec(sentence));
  return speaker ? { speaker, direct: false } : null;
}

// A sentence may open with circumstance before its subject: `In a statement Friday, Page ...`, `On “Face the Nation,” Sanders …`,
// `And after the court ruled, …`, `Weighing in on the debate, …` (a participle and its object).
const CIRCUMSTANCE = /^\s*(?:(?:and|but|yet|so)\s+)?(?:soon after|shortly after|in|on|at|after|before|during|following|despite|while|as|since|when|with|from|for|by|speaking|writing|earlier|later|according to|having|asked|pressed|responding|referring|reacting|addressing|appearing|testifying|citing|amid|apart from|unlike|ahead of|because of|although|though|if|once|last)\b(?:[^,“”"]|[“"][^“”"]{1,60}[”"]){0,150}?(?:,|(?<=,[”"]))\s*/iu;
// Case matters here (a capitalised participle followed by a lower-case word), so it is a pattern of its own.
const PARTICIPLE_CLAUSE = /^\s*\p{Lu}\p{Ll}+ing\s+\p{Ll}(?:[^,“”"]|[“"][^“”"]{1,60}[”"]){0,150}?(?:,|(?<=,[”"]))\s*/u;
// `WASHINGTON (AP) — `, `Washington (AFP) – `, `MANCHESTER, N.H. - `: a dateline is where the story was filed, not its subject.
const DATELINE = /^\s*(?:\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2}(?:,\s*\p{Lu}[\p{L}.]{1,6})?(?:\s*\([^()]{1,12}\))?|\p{Lu}[\p{L}\s.,]{1,30}?\s*\((?:AP|AFP|Reuters|UPI|CNN)\))\s*[–—-]\s+/u;
// `Still, Petrilli …`: a sentence adverb stands before the subject.
const SENTENCE_ADVERB = /^\s*(?:still|however|meanwhile|instead|nonetheless|nevertheless|indeed|separately|similarly|likewise|moreover|notably|in fact|in turn|by contrast|in response|for (?:his|her|their|its) part),\s*/iu;
// `It was three years ago that Bloomberg said …`: a cleft's frame stands before the subject of a verb of speech.
const CLEFT = /^\s*it (?:was|is) [^,“”"]{1,80}? (?:that|when) (?=\p{Lu})/iu;
const withoutLeadIn = (sentence: string) =>
  sentence.replace(DATELINE, '').replace(PARTICIPLE_CLAUSE, '').replace(CIRCUMSTANCE, '').replace(SENTENCE_ADVERB, '');
// Common verbs whose past tense does not end in -ed: `Clinton spoke out`, `the Council made a condemnation`.
const IRREGULAR_PAST = `(?:${IRREGULAR_PAST_TENSES.join('|')})`;
// `School fans also chanted`: a word in -s followed by a past tense is a plural noun, not the verb.
const PLURAL_NOT_VERB = String.raw`(?!\s+(?:also\s+|\p{Ll}+ly\s+|have\s+|had\s+|were\s+|are\s+|will\s+|would\s+)?\p{Ll}{2,}ed\b)`;
// The subject followed by its verb: `Reid has gone after`, `Japan branded`, `Cruz exhorted`. The shortest
// subject is tried first; a longer one when that leaves a bare determiner (`the promoters planned`).
const subjectThenVerb = (np: string) =>
  new RegExp(
    `^\\s*(?<np>${np})(?:,\\s(?<app>[^,“”"]{1,100}),)?\\s+${ADVERBS}(?:(?:is|was|are|were|has|have|had|will|would)\\s+(?:\\p{L}+ly\\s+)?)?(?!(?:his|this|its|us|thus|plus|yes|as)\\b)(?:\\p{Ll}+(?:ed|ing)|\\p{Ll}+s\\b${PLURAL_NOT_VERB}|${IRREGULAR_PAST})\\b`,
    'u',
  );
// Two subjects joined by "and" speak together: `Trump and his aides have had choice words …`.
const SUBJECT_THEN_VERB = [
  subjectThenVerb(NP),
  // `several promoters cancelled`: after a determiner the noun ends in -s too, so the phrase takes one more word.
  subjectThenVerb(`(?:the|a|an|his|her|their|its|several|some|many|two|three|both|most)\\s+${NP}`),
  subjectThenVerb(GREEDY_NP),
  subjectThenVerb(`${NP}\\s+and\\s+${NP}`),
  // `A spokesman for Platte River declined`: someone speaking for a named body.
  subjectThenVerb(`(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+\\s+for\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’&-]*\\s+){0,4}\\p{Lu}[\\p{L}.'’&-]*`),
];

// `Sen. Jack Reed (D-R.I.), said`: a stray comma after a party-and-state tag does not part subject and verb. A
// fragment is given to whoever calls or describes something by it as much as to whoever says it.
const REPORT_OPENING = new RegExp(`^\\s*(?<np>${NP})(?:,\\s(?<app>${APPOSITIVE}),|(?<=\\)),)?\\s+${ADVERBS}${GIVING_VERB}\\b`, 'u');

/** The subject of a sentence that opens with a speech verb: `Trump said during a rally that …`. */
export function reportingSubject(sentence: string): Attribution | null {
  const speaker = speakerOf(REPORT_OPENING.exec(withoutLeadIn(sentence).replace(CLEFT, '')));
  return speaker ? { speaker, direct: false } : null;
}

/** `Obama is rolling out a new message: “It’s about me.”`: a clause ending in a colon hands the quote to its subject. */
export function subjectBeforeColon(before: string, quoteIsSentence = false): Attribution | null {
  // A comma does the colon's work before a whole sentence quoted: `Clinton shared her worry with donors, “I do not know…”`.
  if (!/:\s*$/u.test(before) && !(quoteIsSentence && /\p{L}[\p{L}.)]*,\s*$/u.test(before))) return null;
  return someoneAsSubject(before);
}

// `Clinton riffed on the incident, telling the crowd, “`: a speaking participle after a comma hands the quote to the subject.
const SPEAKING_PARTICIPLE = /,\s+(?:saying|telling|adding|writing|noting|declaring|insisting|warning|arguing|explaining|asking|tweeting|remarking|quipping|joking|recalling|posting)\b[^“”".;!?]{0,60}?[:,]?\s*$/u;

/** The subject of a clause that ends in a speaking participle: `Clinton riffed on it, telling the crowd, “…”`. */
export function subjectBeforeParticiple(before: string): Attribution | null {
  return SPEAKING_PARTICIPLE.test(before) ? someoneAsSubject(before) : null;
}

/** The subject of the clause that introduces a quote, when it reads as a person or a body. */
function someoneAsSubject(clause: string): Attribution | null {
  const subject = sentenceSubject(clause);
  return subject && looksLikeSomeone(subject.speaker) ? { speaker: subject.speaker, direct: true } : null;
}

/** The speaker of a sentence of reported speech: `Jones said the team was ready.`, `The team was ready, Jones said.` */
export function speakerOfReport(sentence: string): Attribution | null {
  const opening = reportingSubject(sentence);
  if (opening) return opening;
  // `Sanders identified exhaustion as a reason. “The younger people …”`: the quote that follows a sentence about
  // a named person, with no one else speaking, is that person's.
  const subject = sentenceSubject(withoutLeadIn(sentence));
  return speechTag(sentence) ?? (subject && looksLikeSomeone(subject.speaker) ? subject : null);
}

/** `Sen. Bernie Sanders`, `Peabody`, `His former partner`: a name, or a determiner before a description; not `Stronger coordination`. */
function looksLikeSomeone(phrase: string): boolean {
  const head = phrase.split(/\s(?:of|for|at|among|with|from|in|on)\s/u)[0]!.split(/\s+/u);
  return head.length === 1 ? /^\p{Lu}/u.test(head[0]!) : /^(?:The|A|An|His|Her|Their|Its)$/u.test(head[0]!) || head.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

// A speech tag set off by commas, or closing the sentence: `These workers, Stumpf explained, were …`, `…, Warren said.`
const SPEECH_TAG = new RegExp(`,[”’"]?\\s*(?<np>(?=\\p{Lu})${NP})\\s+${ADVERBS}${VERB}(?:\\s[^,.;“”"]{0,60})?(?:,|[.!?]?\\s*$)`, 'u');

// The same tag inverted, as features and columns write it: `The paradox of Nancy, says Carl Anthony, a historian, is …`.
const INVERTED_SPEECH_TAG = new RegExp(
  `,\\s+(?:says|said|adds|added|writes|wrote|notes|noted|argues|argued|explains|explained|recalls|recalled)\\s+(?<np>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)(?:,\\s(?<app>[^,“”"]{1,100}))?,\\s`,
  'u',
);

function speechTag(sentence: string): Attribution | null {
  const speaker = speakerOf(SPEECH_TAG.exec(sentence)) ?? speakerOf(INVERTED_SPEECH_TAG.exec(sentence));
  return speaker ? { speaker, direct: false } : null;
}

/**
 * A fragment quoted inside a reporter's sentence is the words of that sentence's subject
 * (`Reid has gone after Trump as a “human leech”`), even when the verb is not one of speech.
 */
function sentenceSubject(sentence: string): Attribution | null {
  const clause = withoutLeadIn(sentence);
  for (const pattern of SUBJECT_THEN_VERB) {
    const speaker = speakerOf(pattern.exec(clause));
    if (!speaker || !/^(?:\p{Lu}|(?:the|a|an|his|her|their|its|several|some|many|two|three|both|most)\s)/u.test(speaker)) continue;
    // `Trump and his aides criticized`: a phrase cannot end on a determiner, so "aides" was no verb.
    if (/\s(?:the|a|an|his|her|their|its)$/u.test(speaker)) continue;
    // `Friends say he has…`: a speech verb inside the phrase means the subject ended before it.
    // A capitalised word is part of a name, not a verb: `The secretary of State began`.
    if (speaker.split(/\s+/u).some((w) => SPEECH_VERBS.has(w))) return null;
    return { speaker, direct: false };
  }
  return null;
}

