import { findParagraphs } from './sentences.js';

/** Text between a pair of quotation marks, before deciding whether it is speech. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's end when the quote runs on. */
  close: number;
  /** Offsets of the characters between the marks. */
  start: number;
  end: number;
  /** False when the paragraph ended before a closing mark (a quote running over paragraphs). */
  closed: boolean;
  /** True when this span re-opens a quote left open at the end of the previous paragraph. */
  continuesPrevious: boolean;
  paragraph: number;
}

type Kind = 'double' | 'straight' | 'single' | 'guillemet';

const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Finds quoted spans on the raw text: curly and straight double quotes, guillemets, and curly
 * single quotes used for speech. Quotes nested inside another quote stay part of the outer one.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let leftOpen = false;
  findParagraphs(text).forEach((paragraph, index) => {
    let kind: Kind | null = null;
    let open = -1;
    let nestedCurly = 0;
    const startsWithMark = /^["“«‘]/u.test(text[paragraph.start] ?? '');
    const push = (close: number, closed: boolean) => {
      const span: QuotedSpan = {
        open,
        close,
        start: open + 1,
        end: close,
        closed,
        continuesPrevious: leftOpen && open === paragraph.start && startsWithMark,
        paragraph: index,
      };
      trimSpan(text, span);
      if (span.end > span.start && !isNicknameInName(text, span)) spans.push(span);
      kind = null;
    };

    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = text[i]!;
      const before = i > paragraph.start ? text[i - 1]! : ' ';
      const after = i + 1 < paragraph.end ? text[i + 1]! : ' ';
      if (kind === null) {
        if (ch === '“' || ch === '«') {
          kind = ch === '“' ? 'double' : 'guillemet';
          open = i;
        } else if (ch === '"' && (i === paragraph.start || OPENS_AFTER.test(before) || /[“‘]/u.test(before)) && !/\s/u.test(after)) {
          kind = 'straight';
          open = i;
          nestedCurly = 0;
        } else if (ch === '‘' && (i === paragraph.start || OPENS_AFTER.test(before)) && LETTER_OR_DIGIT.test(after)) {
          kind = 'single';
          open = i;
        }
      } else if (kind === 'straight' && (ch === '“' || (ch === '”' && nestedCurly > 0))) {
        // Outlets that mix marks nest curly quotes in straight ones: `"… an episode of “Shark Tank.” But …"`.
        nestedCurly += ch === '“' ? 1 : -1;
      } else if (
        (kind === 'double' && (ch === '”' || (ch === '"' && !LETTER_OR_DIGIT.test(after)))) ||
        (kind === 'straight' && (ch === '"' || (ch === '”' && !LETTER_OR_DIGIT.test(after)))) ||
        (kind === 'guillemet' && ch === '»') ||
        (kind === 'single' && ch === '’' && !LETTER_OR_DIGIT.test(after))
      ) {
        push(i, true);
      } else if (kind === 'double' && ch === '“' && i > open + 1 && /[.?!,]\s*$/u.test(text.slice(open, i))) {
        // A new opening mark after finished speech means the writer forgot to close the last one.
        push(i, false);
        kind = 'double';
        open = i;
      }
    }
    leftOpen = kind !== null;
    if (kind !== null) push(paragraph.end, false);
  });
  return spans;
}

/** Whitespace just inside the marks is not part of the quote. */
function trimSpan(text: string, span: QuotedSpan): void {
  while (span.start < span.end && /\s/u.test(text[span.start]!)) span.start++;
  while (span.end > span.start && /\s/u.test(text[span.end - 1]!)) span.end--;
}

// `Marcia “Cia” Price`: one capitalised word in quotation marks between the parts of a name.
const NICKNAME_IN_NAME = /(?<=\p{Lu}[\p{L}.'’-]*\s)["“‘](\p{Lu}[\p{L}.'’-]*)["”’](?=\s+\p{Lu})/gu;

/** A nickname inside a name is part of the name: neither a quote nor the end of the speaker's phrase. */
function isNicknameInName(text: string, span: QuotedSpan): boolean {
  if (!span.closed) return false;
  NICKNAME_IN_NAME.lastIndex = 0;
  const match = NICKNAME_IN_NAME.exec(text.slice(Math.max(0, span.open - 40), span.close + 3));
  return match !== null && match.index === Math.min(40, span.open);
}

/** The reporter's words with the marks around nicknames dropped, so `Marcia “Cia” Price` reads as one name. */
export function unquoteNicknames(words: string): string {
  return words.replace(NICKNAME_IN_NAME, '$1');
}
