import { describe, expect, it } from 'vitest';
import { quotesFromBrat } from '../../bench/quality/polnear-brat.js';

const article = [
  'Page looks back.',
  '“We had a good run,” Jimmy Page said. “It is over now.”',
  '“The first part of a long answer',
  '“and the rest of it here,” he added.',
  'The album “Presence” sold well.',
].join('\n');

/** A brat line for the span of `piece` (its nth occurrence) in the article. */
function span(id: string, type: string, piece: string, from = 0): string {
  const start = article.indexOf(piece, from);
  return `${id}\t${type} ${start} ${start + piece.length}\t${piece}`;
}

const ann = [
  span('T1', 'Source', 'Jimmy Page'),
  span('T2', 'Cue', 'said'),
  // A split quote is one Content span in two pieces.
  `T3\tContent ${article.indexOf('“We')} ${article.indexOf(' Jimmy')};${article.indexOf('“It')} ${article.indexOf('now.”') + 5}\t“We had a good run,” “It is over now.”`,
  'E1\tAttribution:T2 Content:T3 Source:T1 Cue:T2',
  span('T4', 'Source', 'he'),
  span('T5', 'Cue', 'added'),
  `T6\tContent ${article.indexOf('“The first')} ${article.indexOf(' he added')}\t${article.slice(article.indexOf('“The first'), article.indexOf(' he added'))}`,
  'E2\tAttribution:T5 Content:T6 Source:T4 Cue:T5',
].join('\n');

describe('PolNeAR brat files turned into gold quotes', () => {
  it('gives each quoted segment the Source of the attribution whose Content covers it, and leaves a title out', () => {
    const quotes = quotesFromBrat(article, ann);
    expect(quotes.map((q) => [q.text, q.speaker, q.speaker_is_pronoun])).toEqual([
      ['We had a good run,', 'Jimmy Page', false],
      ['It is over now.', 'Jimmy Page', false],
      ['The first part of a long answer', 'he', true],
      ['and the rest of it here,', 'he', true],
    ]);
    for (const q of quotes) expect(article.slice(q.start, q.end)).toBe(q.text);
  });

  it('marks the paragraph that re-opens a quote left open', () => {
    expect(quotesFromBrat(article, ann).map((q) => q.continues_previous_paragraph)).toEqual([false, false, false, true]);
  });

  it('refuses an annotation whose offsets do not point at its text, instead of scoring a damaged copy', () => {
    expect(() => quotesFromBrat(article.replace('Page looks', 'Page now looks'), ann)).toThrow(/annotation T1/u);
  });
});
