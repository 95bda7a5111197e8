/** Prints the quality rows as one aligned table, then the rules it was scored by. */
import { BUDGET, type Row } from './evaluate.js';

const COLUMNS = ['set', 'system', 'n', 'R-1', 'R-2', 'R-Lsum', 'quote P', 'quote R', 'quote F1', 'speaker acc', 'quotes not verbatim', 'dangling openers', 'articles/s'];

function cells(row: Row): string[] {
  const pct = (x: number | undefined) => (x === undefined ? '' : x.toFixed(2));
  const ratio = (x: number | undefined) => (x === undefined ? '' : x.toFixed(3));
  return [
    row.set,
    row.system,
    String(row.articles),
    pct(row.rouge?.rouge1),
    pct(row.rouge?.rouge2),
    pct(row.rouge?.rougeLsum),
    ratio(row.quotes?.precision),
    ratio(row.quotes?.recall),
    ratio(row.quotes?.f1),
    row.quotes ? `${ratio(row.quotes.speakerAccuracy)} (${row.quotes.speakerScored})` : '',
    row.unfaithfulQuotes === undefined ? '' : String(row.unfaithfulQuotes),
    String(row.danglingOpeners),
    row.articlesPerSecond.toFixed(0),
  ];
}

export function printTable(rows: Row[]): void {
  const table = [COLUMNS, ...rows.map(cells)];
  const widths = COLUMNS.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  console.log(line(COLUMNS));
  console.log(`|${widths.map((w, c) => (c < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of rows) console.log(line(cells(r)));
  console.log(`
Summaries: ${BUDGET} sentences each, no word cap; ROUGE F1 x100, rouge-score conventions (lower-case, non-alphanumerics to
spaces, Porter stem of tokens > 3 chars, Lsum over one sentence a line). Lead-3 and TextRank use our sentence splitter.
Quotes: a returned quote matches a gold one when, edges normalised, one contains the other and the shorter is at least
half the longer. Speaker accuracy is over matched quotes whose gold speaker is a name (not a pronoun, not missing);
speakers match when, lower-cased without determiners and honorifics, one's words are a contiguous run in the other's.
Faithfulness: quotes whose text is not the article's characters at their offsets; summaries whose first sentence opens
with a pronoun, a connective or a quotation mark (src/core isDangling).
Tuned on the dev rows (CNN/DM 1-125, PolNeAR dev) and on PolNeAR train articles outside this table. Throughput:
articles per second of CPU time, one thread; whole briefs (summary, quotes, sourcing) for "ours", sentence split + pick
for the baselines.`);
}
