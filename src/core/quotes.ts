import { readQuoteContext, speakerIntroducedAbove, speakerOfSentenceBefore, transcriptSpeaker } from './quote-context.js';
import { SPEECH_VERB_PATTERN } from './lexicon.js';
import { findQuotedSpans, type QuotedSpan } from './quoted-spans.js';
import {
  type Attribution,
  displaySpeaker,
  isNamed,
  isPlural,
  isPronoun,
  REPORTING_VERB,
  speakerAfter,
  speakerBefore,
  speakerInSentence,
} from './speakers.js';
import type { Quote, Sentence } from './types.js';

// Small words that stay lower case in a title: “Whole Lotta Love”, “Back in Black”.
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|by|with|from|into|vs\.?|n’|’n’|'n'|n'|de|la|le|du|von|van|is|as|up)$/u;
// Words right before an opening mark that announce a title or a nickname, not speech.
const TITLE_CUE = /(?:\b(?:song|songs|single|singles|album|albums|record|track|tracks|EP|LP|tune|ballad|anthem|hit|hits|film|movie|show|series|book|novel|memoir|tour|play|musical|documentary|podcast|titled|entitled|dubbed|nicknamed|known as|billed as|so-called|word|phrase|term|slogan|hashtag|brand|label|festival|opera|video|cover of|version of)|,)\s*$/iu;
// "called" and "named" announce a name in capitals (`a song called “Kashmir”`) but a judgement in lower case
// (`what it called “a clear threat to peace”`).
const NAME_CUE = /\b(?:called|named)\s*$/iu;
// `saying, “…”`, `tweeting, “…”`: a comma after a speech verb opens speech, not a title.
const SPEECH_BEFORE_COMMA = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_PATTERN}|chanting|chanted|tweeting)\\s*,\\s*$`, 'iu');

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
  spans.forEach((span, i) => {
    const candidate = readCandidate(article, sentences, span, spans[i - 1], spans[i + 1]);
    if (candidate) candidates.push(candidate);
  });

  const quotes: Quote[] = [];
  candidates.forEach((candidate, i) => {
    let speaker =
      candidate.attribution?.speaker ??
      inheritedSpeaker(candidates, i, quotes) ??
      speakerOfSentenceBefore(article, sentences, candidate.span)?.speaker ??
      null;
    if (speaker && isPronoun(speaker)) speaker = resolvePronoun(speaker, quotes, article, candidate.span.open) ?? speaker;
    const named = speaker !== null && !isPronoun(speaker) && isNamed(speaker, article);
    quotes.push({
      text: candidate.text,
      speaker: speaker === null ? null : displaySpeaker(speaker, named),
      named,
      partial: candidate.partial,
      start: candidate.span.start,
      end: candidate.span.end,
    });
  });
  return quotes;
}

function readCandidate(
  article: string,
  sentences: Sentence[],
  span: QuotedSpan,
  previous: QuotedSpan | undefined,
  next: QuotedSpan | undefined,
): Candidate | null {
  const text = article.slice(span.start, span.end);
  const { before, after, sentenceOutside } = readQuoteContext(article, sentences, span, previous, next);
  const attribution =
    (speechTagMayFollow(text, after) ? speakerAfter(after) : null) ?? speakerBefore(before) ?? transcriptSpeaker(text) ?? (span.open === 0 || /\n\s*$/u.test(before) || before === '' ? speakerIntroducedAbove(article, sentences, span) : null);
  const bare = text.replace(/^[\s.…'"‘“]+|[\s,.;:!?…'"’”]+$/gu, '');
  const words = bare.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return null;

  const startsLower = /^\p{Ll}/u.test(bare);
  const embedded = /[\p{L}\p{N}]\s*$/u.test(before) && !attribution;
  const partial = !span.continuesPrevious && (startsLower || embedded);

  // A title announced by a word (`the album “Presence”`, `titled “Arrogant”`), or a show after a possessive or
  // "on"/"of" (`CNN's “State of the Union”`), is a title even when a speaker is near.
  const announced = TITLE_CUE.test(before) && !/,\s*$/u.test(before) && words.length <= 8;
  if (announced || ((!attribution || /(?:[’']s|\bon|\bof)\s*$/u.test(before)) && looksLikeTitle(words, before))) return null;
  if (/^follow\b.*\bon (?:twitter|instagram|facebook)\b/iu.test(bare)) return null;
  // One or two lower-case words in quotation marks are scare quotes, unless a reporting verb gives them to someone.
  if (!attribution && partial && words.length <= 2 && !REPORTING_VERB.test(sentenceOutside)) return null;
  // `"(CROSSTALK.)"`: a transcript's stage direction is nobody's words.
  if (/^\([^()]*\)\.?$/u.test(text.trim())) return null;

  return {
    span,
    text,
    partial,
    attribution: attribution ?? (partial || SPEECH_BEFORE_COMMA.test(before) ? speakerInSentence(sentenceOutside) : null),
  };
}

/**
 * A speech tag follows a quote that is a sentence or ends a clause (`“…,” she said`, `“…” — Page`); after a
 * lower-case fragment with no closing punctuation the reporter's sentence goes on (`as “unhinged” a tweet attacking…`).
 */
function speechTagMayFollow(text: string, after: string): boolean {
  return !/^[\s‘'“"]*\p{Ll}/u.test(text) || /[,?!.…—–-]\s*$/u.test(text) || /^\s*[,;—–―]/u.test(after);
}

function looksLikeTitle(words: string[], before: string): boolean {
  if (TITLE_CUE.test(before) && words.length <= 8 && !SPEECH_BEFORE_COMMA.test(before)) return true;
  if (NAME_CUE.test(before) && words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(words[0]!)) return true;
  if (words.length > 6) return false;
  const titleCase = words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.test(w.toLowerCase())));
  return titleCase && !/[.?!]\s/u.test(words.join(' '));
}

/**
 * A quote with no speaker of its own continues the last one: the second half of a split quote,
 * a quote re-opened in the next paragraph, or a quote paragraph right after the speaker's last one.
 */
function inheritedSpeaker(candidates: Candidate[], i: number, resolved: Quote[]): string | null {
  const current = candidates[i]!;
  const previous = candidates[i - 1];
  const previousQuote = resolved[i - 1];
  if (!previous || !previousQuote?.speaker) return null;
  const sameOrNextParagraph =
    previous.span.paragraph === current.span.paragraph ||
    (previous.span.paragraph === current.span.paragraph - 1 && (current.span.continuesPrevious || !current.partial));
  return sameOrNextParagraph ? previousQuote.speaker : null;
}

/** The nearest earlier speaker who fits the pronoun; failing that, the nearest full name before it. */
function resolvePronoun(pronoun: string, earlier: Quote[], article: string, before: number): string | null {
  const singular = /^(?:he|she|i)$/iu.test(pronoun);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const speaker = earlier[i]!.speaker;
    if (!speaker || isPronoun(speaker)) continue;
    if (singular && isPlural(speaker)) continue;
    return speaker;
  }
  if (!singular) return null;
  const names = article.slice(Math.max(0, before - 600), before).match(/\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)*/gu) ?? [];
  for (let i = names.length - 1; i >= 0; i--) if (isNamed(names[i]!, article)) return names[i]!;
  return null;
}
