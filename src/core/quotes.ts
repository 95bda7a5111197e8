import { readQuoteContext, sentenceAt, speakerIntroducedAbove, speakerOfSentenceBefore, speakerOfTagAfter, subjectOfSentenceBefore, transcriptSpeaker } from './quote-context.js';
import { findQuotedSpans, type QuotedSpan } from './quoted-spans.js';
import { isAnnouncedTitle, looksLikeTitle, SPEECH_BEFORE_COMMA } from './quote-titles.js';
import { reportingSubject, speakerInSentence, subjectBeforeColon, subjectBeforeParticiple } from './sentence-speakers.js';
import {
  type Attribution,
  displaySpeaker,
  isNamed,
  isPronoun,
  REPORTING_VERB,
  speakerAfter,
  speakerBefore,
} from './speakers.js';
import { resolvePronoun } from './pronoun-speakers.js';
import type { Quote, Sentence } from './types.js';

interface Candidate {
  span: QuotedSpan;
  text: string;
  partial: boolean;
  attribution: Attribution | null;
}

/**
 * Finds the article's direct quotes and who said them. Titles and nicknames in quotation marks
 * are left out; split and multi-paragraph quotes keep their speaker; pronouns are resolved back
 * to the nearest fitting speaker.
 */
export function extractQuotes(article: string, sentences: Sentence[]): Quote[] {
  const spans = findQuotedSpans(article);
  const candidates: Candidate[] = [];
  spans.forEach((_, i) => {
    const candidate = readCandidate(article, sentences, spans, i);
    if (candidate) candidates.push(candidate);
  });

  const quotes: Quote[] = [];
  candidates.forEach((candidate, i) => {
    let speaker =
      candidate.attribution?.speaker ??
      speakerLaterInSentence(sentences, candidates, i) ??
      inheritedSpeaker(article, candidates, i, quotes) ??
      speakerOfSentenceBefore(article, sentences, candidate.span)?.speaker ??
      null;
    if (speaker && isPronoun(speaker)) {
      speaker = subjectOfSentenceBefore(sentences, candidate.span.open) ?? resolvePronoun(speaker, quotes, article, candidate.span.open) ?? speaker;
    }
    if (speaker && /^another$/iu.test(speaker)) speaker = anotherOfTheKind(quotes) ?? 'another';
    const named = speaker !== null && !isPronoun(speaker) && isNamed(speaker, article);
    quotes.push({
      text: candidate.text,
      speaker: speaker === null ? null : displaySpeaker(speaker, named, article),
      named,
      partial: candidate.partial,
      start: candidate.span.start,
      end: candidate.span.end,
    });
  });
  return quotes;
}

/**
 * `Guns are “the ultimate crisis” and “stunt children’s growth,” Howard Dean proclaimed`: quotes strung through one
 * sentence share the speech tag that follows the last of them.
 */
function speakerLaterInSentence(sentences: Sentence[], candidates: Candidate[], i: number): string | null {
  const sentence = sentenceAt(sentences, candidates[i]!.span.open);
  if (!sentence) return null;
  for (let j = i + 1; j < candidates.length && candidates[j]!.span.open < sentence.end; j++) {
    const later = candidates[j]!.attribution;
    if (later) return later.speaker;
  }
  return null;
}

/** `“…,” one user wrote. Another said …`: "another" is one more of the kind just quoted. */
function anotherOfTheKind(earlier: Quote[]): string | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const kind = /^(?:one|a|an|another)\s+(?<noun>\p{Ll}[\p{L}\s-]*)$/iu.exec(earlier[i]!.speaker ?? '')?.groups?.noun;
    if (kind) return `another ${kind}`;
  }
  return null;
}

function readCandidate(article: string, sentences: Sentence[], spans: QuotedSpan[], index: number): Candidate | null {
  const span = spans[index]!;
  const text = article.slice(span.start, span.end);
  const { before, after, sentenceOutside, wholeSentenceOutside } = readQuoteContext(article, sentences, spans, index);
  // A fragment inside reported speech is the words of whoever the sentence reports (`Trump said that Clinton
  // once described the deal as “the gold standard”` quotes Trump), not of a name nested in the clause.
  const fragment = /^[\s‘'“"]*\p{Ll}/u.test(text) && /\p{L}\s*$/u.test(before) && sentenceOutside.startsWith(before);
  const bare = text.replace(/^[\s.…'"‘“]+|[\s,.;:!?…'"’”]+$/gu, '');
  const words = bare.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;
  // A whole sentence quoted after a comma may be introduced by the clause before it, unless a title noun is (`its podcast, “So, That Happened.”`).
  const sentenceAfterComma = /^\p{Lu}/u.test(bare) && !looksLikeTitle(words, before.replace(/,\s*$/u, ''));
  const opensParagraph = span.open === 0 || /\n\s*$/u.test(before) || before === '';
  const attribution =
    (fragment ? reportingSubject(before) : null) ??
    nameOverPronoun(speechTagMayFollow(text, after) ? speakerAfter(after, /[,?!.…]\s*$/u.test(text)) : null, speakerBefore(before)) ??
    transcriptSpeaker(text) ??
    speakerOfTagAfter(article, sentences, span) ??
    subjectBeforeColon(before, sentenceAfterComma) ??
    subjectBeforeParticiple(before) ??
    (opensParagraph ? speakerIntroducedAbove(article, sentences, span) : null);

  const startsLower = /^\p{Ll}/u.test(bare);
  const embedded = /[\p{L}\p{N}]\s*$/u.test(before) && !attribution;
  const partial = !span.continuesPrevious && (startsLower || embedded);

  // A title announced by a word (`the album “Presence”`, `titled “Arrogant”`), or a show after a possessive or
  // "on"/"of" (`CNN's “State of the Union”`), is a title even when a speaker is near.
  if (isAnnouncedTitle(words, before) || ((!attribution || attribution.loose || /(?:[’']s|\bon|\bof)\s*$/iu.test(before)) && looksLikeTitle(words, before))) return null;
  if (/^follow\b.*\bon (?:twitter|instagram|facebook)\b/iu.test(bare)) return null;
  // One or two lower-case words in quotation marks are scare quotes, unless a reporting verb or a named subject
  // gives them to someone (`Beyoncé wants a “quiet year”`).
  if (!attribution && partial && words.length <= 2 && !REPORTING_VERB.test(sentenceOutside) && !namedSubject(sentenceOutside, wholeSentenceOutside, article)) return null;
  // `"(CROSSTALK.)"`: a transcript's stage direction is nobody's words.
  if (/^\([^()]*\)\.?$/u.test(text.trim())) return null;

  return {
    span,
    text,
    partial,
    attribution: attribution ?? (partial || SPEECH_BEFORE_COMMA.test(before) ? speakerInSentence(sentenceOutside, wholeSentenceOutside) : null),
  };
}

/**
 * `McCaskill scolded him: “…,” she said.`: a pronoun tag after the quote points back to the name that
 * introduced the quote in the same sentence, so that name is the speaker.
 */
function nameOverPronoun(after: Attribution | null, before: Attribution | null): Attribution | null {
  if (after && isPronoun(after.speaker) && before && !isPronoun(before.speaker)) return before;
  return after ?? before;
}

/** A named person or body is the subject of the sentence (`Trump branded her “unstable”`). */
function namedSubject(sentenceOutside: string, wholeSentenceOutside: string, article: string): boolean {
  const subject = speakerInSentence(sentenceOutside, wholeSentenceOutside)?.speaker;
  return subject !== undefined && isNamed(subject, article);
}

/**
 * A speech tag follows a quote that is a sentence or ends a clause (`“…,” she said`, `“…” — Page`); after a
 * lower-case fragment with no closing punctuation the reporter's sentence goes on (`as “unhinged” a tweet attacking…`).
 */
function speechTagMayFollow(text: string, after: string): boolean {
  return !/^[\s‘'“"]*\p{Ll}/u.test(text) || /[,?!.…—–-]\s*$/u.test(text) || /^\s*[,;—–―]/u.test(after);
}

/**
 * A quote with no speaker of its own continues the last one: the second half of a split quote,
 * a quote re-opened in the next paragraph, or a quote paragraph right after the speaker's last one.
 */
function inheritedSpeaker(article: string, candidates: Candidate[], i: number, resolved: Quote[]): string | null {
  const current = candidates[i]!;
  const previous = candidates[i - 1];
  const previousQuote = resolved[i - 1];
  if (!previous || !previousQuote?.speaker) return null;
  // A quote after the reporter's own sentence in a new paragraph belongs to whoever that sentence is about.
  const opensParagraph = article.slice(article.lastIndexOf('\n', current.span.open) + 1, current.span.open).trim() === '';
  const sameOrNextParagraph =
    previous.span.paragraph === current.span.paragraph ||
    (previous.span.paragraph === current.span.paragraph - 1 && (current.span.continuesPrevious || (!current.partial && opensParagraph)));
  return sameOrNextParagraph ? previousQuote.speaker : null;
}
