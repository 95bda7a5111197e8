import { SPEECH_VERB_PATTERN } from './lexicon.js';
import { its, nlp } from './nlp.js';
import type { Sentence } from './types.js';

interface Paragraph {
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

const WORD_TYPES = new Set(['word', 'number', 'email', 'url', 'hashtag', 'mention', 'emoticon', 'time', 'ordinal']);

// `“Really?” Smith asked.` is one sentence although the model ends one at `?”`.
const SPEECH_TAG_AFTER_QUOTE = new RegExp(
  `^(?:[A-Z][\\p{L}.'’-]*\\s+){1,4}(?:\\p{Ll}+ly\\s+)?(?:${SPEECH_VERB_PATTERN})\\b`,
  'u',
);
const ENDS_WITH_QUOTED_PUNCTUATION = /[?!,—–-]\s*[”"’]\s*$/u;

/** Non-empty lines: news text puts one paragraph on a line. */
export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lines = /[^\r\n]+/g;
  for (let m = lines.exec(text); m; m = lines.exec(text)) {
    const leading = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) paragraphs.push({ start: m.index + leading, end: m.index + leading + body.length });
  }
  return paragraphs;
}

/**
 * Splits an article into sentences, paragraph by paragraph, with their offsets and the terms
 * the summarizer compares. Sentence text is always verbatim from the article.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  findParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const body = text.slice(paragraph.start, paragraph.end);
    const doc = nlp.readDoc(body);
    const tokens = doc.tokens();
    const values = tokens.out() as string[];
    const types = tokens.out(its.type) as string[];
    const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
    const normals = tokens.out(its.normal) as string[];
    const tags = tokens.out(its.pos) as string[];
    const offsets = locateTokens(body, values);

    const spans: Span[] = [];
    doc.sentences().each((s: { out(f: unknown): unknown }) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      const start = offsets[first]!.start;
      const end = offsets[last]!.end;
      if (end <= start) return;
      const previous = spans[spans.length - 1];
      if (previous && continuesPrevious(body.slice(previous.start, previous.end), body.slice(start, end))) {
        previous.end = end;
        previous.lastToken = last;
      } else {
        spans.push({ start, end, firstToken: first, lastToken: last });
      }
    });

    for (const span of spans) {
      let words = 0;
      let hasVerb = false;
      const terms: string[] = [];
      for (let t = span.firstToken; t <= span.lastToken; t++) {
        if (!WORD_TYPES.has(types[t]!)) continue;
        words++;
        if (tags[t] === 'VERB' || tags[t] === 'AUX') hasVerb = true;
        if (!stops[t] && types[t] === 'word') terms.push(stemOf(normals[t]!, () => tokens.itemAt(t)));
      }
      sentences.push({
        text: body.slice(span.start, span.end),
        start: paragraph.start + span.start,
        end: paragraph.start + span.end,
        paragraph: paragraphIndex,
        index: sentences.length,
        words,
        terms,
        hasVerb,
      });
    }
  });
  return sentences;
}

// Stemming every token is a sixth of the cost of a brief; content words repeat, so stem each once.
const stems = new Map<string, string>();
function stemOf(normal: string, token: () => { out(f: unknown): unknown }): string {
  let stem = stems.get(normal);
  if (stem === undefined) {
    stem = String(token().out(its.stem));
    if (stems.size > 200_000) stems.clear();
    stems.set(normal, stem);
  }
  return stem;
}

/** Finds each token's characters in the text; the model keeps token values verbatim. */
function locateTokens(body: string, values: string[]): { start: number; end: number }[] {
  let cursor = 0;
  return values.map((value) => {
    const at = body.indexOf(value, cursor);
    if (at < 0 || at - cursor > 64) return { start: cursor, end: cursor };
    cursor = at + value.length;
    return { start: at, end: cursor };
  });
}

/** A "sentence" that starts in lower case, or is a speech tag after a quote, belongs to the one before. */
function continuesPrevious(previous: string, current: string): boolean {
  const opening = current.replace(/^[\s“”"‘’'(]+/u, '');
  if (/^\p{Ll}/u.test(opening) && !/^(?:e\.g|i\.e|iphone|ipad|ebay)/i.test(opening)) return true;
  // `Graham, R-S.C., said`: the model ends a sentence inside an abbreviation that a comma then carries on.
  if (/^(?:\p{Lu}\.){1,3}\s*[,;)]/u.test(opening)) return true;
  // `Rep. Zoe Lofgren (D-Calif.), who …`: no sentence opens on a comma; the model broke after the tag's period.
  if (/^\s*[,;:]/u.test(current)) return true;
  return ENDS_WITH_QUOTED_PUNCTUATION.test(previous) && SPEECH_TAG_AFTER_QUOTE.test(current);
}
