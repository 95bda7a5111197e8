import { type QuotedSpan, unquoteNicknames } from './quoted-spans.js';
import { speakerOfReport } from './sentence-speakers.js';
import { type Attribution, isPronoun, speakerBefore, tagSentence } from './speakers.js';
import type { Sentence } from './types.js';

/** The reporter's words around one quoted span, where its speaker is named. */
export interface QuoteContext {
  /** From the start of the quote's sentence (or the end of the quote before it) to the opening mark. */
  before: string;
  /** From the closing mark to the end of the sentence (or the next quote in the paragraph). */
  after: string;
  /** The reporter's words of the quote's sentence, up to the next quote in it: where a speech tag is looked for. */
  sentenceOutside: string;
  /** The quote's whole sentence with only this quote left out: where the sentence's subject is looked for. */
  wholeSentenceOutside: string;
}

// `“…” — Robert Plant` and `”― Pamela Padilla`: a byline dash after a quote names who said it. Any space but a
// line break may stand before the dash (web text often has a no-break space there).
const BYLINE_DASH = /^[^\S\n]*[—–―][^\n“"]{1,80}/u;
// `"…"¶- Bernie Sanders.`: a fact-check or a digest puts the byline in a paragraph of its own, often with a hyphen.
const BYLINE_PARAGRAPH = /^[^\S\n]*\n\s*[-—–―]\s*(?<name>[^\n“"]{1,60})(?=\n|$)/u;

/** Cuts out the reporter's words before and after a quoted span, within its sentence. */
export function readQuoteContext(article: string, sentences: Sentence[], spans: QuotedSpan[], index: number): QuoteContext {
  const span = spans[index]!;
  const previous = spans[index - 1];
  const next = spans[index + 1];
  const openSentence = sentenceAt(sentences, span.open);
  const closeSentence = sentenceAt(sentences, span.close);
  const sentenceStart = Math.max(openSentence?.start ?? span.open, previous && previous.paragraph === span.paragraph ? previous.close + 1 : 0);
  // `Jindal signed an order, while Mike Huckabee proposed we “wake up …”`: a clause with a subject of its own starts anew.
  const clauseStart = lastClauseStart(article, Math.min(sentenceStart, span.open), span.open);
  const before = article.slice(clauseStart ?? Math.min(sentenceStart, span.open), span.open);
  const afterEnd = Math.min(closeSentence?.end ?? span.close, next && next.paragraph === span.paragraph ? next.open : Infinity);
  let after = span.closed ? article.slice(span.close + 1, Math.max(afterEnd, span.close + 1)) : '';
  // The splitter may have put the byline dash in a sentence of its own.
  if (span.closed && !after.trim()) {
    const rest = article.slice(span.close + 1);
    const name = BYLINE_PARAGRAPH.exec(rest)?.groups?.name;
    after = name ? `— ${name}` : (BYLINE_DASH.exec(rest)?.[0] ?? after);
  }
  // A comma that closed the quote still ends a lead-in clause: `Citing the attack and their “reveries,” Will urged`.
  const joint = /,\s*$/u.test(article.slice(span.start, span.end)) ? ', ' : ' ';
  // When the splitter started the sentence inside an earlier quote (`"… I think we need him," Hannity said … "`),
  // the reporter's words begin where that quote closes.
  let reporterStart = openSentence?.start;
  for (let i = index - 1; openSentence && i >= 0 && spans[i]!.close >= openSentence.start; i--) {
    if (spans[i]!.open < openSentence.start) reporterStart = spans[i]!.close + 1;
  }
  // A semicolon ends one clause and its subject: in `It prompted a debate; one lawmaker called Trump “…”` the quote is the lawmaker's.
  if (reporterStart !== undefined) {
    const semicolon = article.lastIndexOf(';', span.open);
    if (semicolon >= reporterStart && !/[“”"]/u.test(article.slice(semicolon, span.open))) reporterStart = semicolon + 1;
    if (clauseStart !== undefined) reporterStart = Math.max(reporterStart, clauseStart);
  }
  const sentenceOutside = reporterStart !== undefined ? article.slice(reporterStart, span.open) + joint + after : before;
  // In `From Trump’s “…” to his call for a “…,” Will described him` the subject comes after the next quote.
  const rest = span.closed ? article.slice(span.close + 1, Math.max(closeSentence?.end ?? span.close, span.close + 1)) : '';
  const wholeSentenceOutside = reporterStart !== undefined ? article.slice(reporterStart, span.open) + joint + rest : before;
  return {
    before: unquoteNicknames(before),
    after: unquoteNicknames(after),
    sentenceOutside: unquoteNicknames(sentenceOutside),
    wholeSentenceOutside: unquoteNicknames(wholeSentenceOutside),
  };
}

// `, while Huckabee`, `, but the senator`: a contrasting clause opens with its own subject.
const CONTRASTING_CLAUSE = /,\s+(?:while|whereas|but)\s+(?=\p{Lu}|(?:the|a|an|his|her|their|its)\s)/gu;

/** Where the last contrasting clause before a quote starts, if one does and no quotation mark stands in it. */
function lastClauseStart(article: string, from: number, to: number): number | undefined {
  let start: number | undefined;
  const text = article.slice(from, to);
  for (const match of text.matchAll(CONTRASTING_CLAUSE)) {
    const at = match.index + match[0].length;
    if (!/[“”"]/u.test(text.slice(at))) start = from + at;
  }
  return start;
}

// `"WALLACE: Let’s start…"`: transcripts put the speaker's name in capitals before a colon.
const TRANSCRIPT_LABEL = /^(?<name>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** The speaker of a transcript line quoted whole. */
export function transcriptSpeaker(quoteText: string): Attribution | null {
  const name = TRANSCRIPT_LABEL.exec(quoteText)?.groups?.name;
  return name && name.length > 1 ? { speaker: name, direct: true } : null;
}

/**
 * `Caddell continued:` or `The Times reports:` closing one paragraph introduces the quote that
 * opens the next one.
 */
export function speakerIntroducedAbove(article: string, sentences: Sentence[], span: QuotedSpan): Attribution | null {
  const above = sentenceAt(sentences, span.open - 1);
  if (!above || above.end > span.open || !/:\s*$/u.test(above.text)) return null;
  if (article.slice(above.end, span.open).trim() !== '') return null;
  return speakerBefore(above.text);
}

/**
 * `Jones said the team was ready. “We have worked hard for this.”`: a quote that opens its sentence
 * with no speaker of its own carries on the reported speech of the sentence just before it.
 */
export function speakerOfSentenceBefore(article: string, sentences: Sentence[], span: QuotedSpan): Attribution | null {
  const own = sentenceAt(sentences, span.open);
  if (!own || article.slice(own.start, span.open).trim() !== '') return null;
  const previous = sentences[own.index - 1];
  // A title in quotation marks (`On “Face the Nation,” Sanders …`) does not make the sentence a quote of its own.
  const withoutTitles = previous?.text.replace(/[“"][^“”"]{1,40}[”"]/gu, '');
  if (!previous || own.paragraph - previous.paragraph > 1 || /[“”"]/u.test(withoutTitles!)) return null;
  return speakerOfReport(previous.text);
}

/**
 * `Mayor Bill de Blasio spoke at the rally. “…,” he said.`: a pronoun speaker usually stands for the person the
 * sentence before was about. Returns that sentence's named subject, if it has one.
 */
export function subjectOfSentenceBefore(sentences: Sentence[], offset: number): string | null {
  const own = sentenceAt(sentences, offset);
  const previous = own && sentences[own.index - 1];
  if (!previous || own.paragraph - previous.paragraph > 1) return null;
  const speaker = speakerOfReport(previous.text)?.speaker;
  // Only a name will do: `The article closes with …` is about a thing that cannot be "he".
  const named = speaker !== undefined && /^\p{Lu}\S*(?:\s+\S+)*$/u.test(speaker) && (!/\s/u.test(speaker) || /\s\p{Lu}/u.test(speaker));
  return named && !isPronoun(speaker) ? speaker : null;
}

/**
 * `“Nobody is above the law.” Lynch said on Friday.`: a quote that closes its sentence may be tagged by the next
 * one, when that sentence is nothing but a speech tag (a reported clause after the verb is news of its own).
 */
export function speakerOfTagAfter(article: string, sentences: Sentence[], span: QuotedSpan): Attribution | null {
  const own = sentenceAt(sentences, span.close);
  const next = own && sentences[own.index + 1];
  if (!span.closed || !next || next.paragraph !== own.paragraph || article.slice(span.close + 1, own.end).trim() !== '') return null;
  const tag = tagSentence(unquoteNicknames(next.text));
  return tag ? { speaker: tag, direct: true } : null;
}

/** The sentence that holds an offset (binary search over sentences in article order). */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = sentences[mid];
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
