/**
 * `npm run bench:quality-folds`: the quote rows of PolNeAR **dev only**, split two ways to show whether the
 * speaker rules generalise inside dev: odd against even articles, and one row per outlet. The test split is
 * never read here, so this can be run as often as tuning needs.
 */
import { readEvalSet, readExtraQuoteSet } from '../eval-data.js';
import { evaluateQuotes, type Row, warmUp } from './evaluate.js';
import type { GoldQuote } from './quote-match.js';
import { printTable } from './table.js';

type QuoteItem = { id: string; article: string; quotes: GoldQuote[] };

const dev = readEvalSet<QuoteItem>('quotes/polnear_dev.jsonl');

/** `polnear-dev-nyt_2016-…` → `nyt`. */
const outletOf = (item: QuoteItem) => item.id.replace(/^polnear-dev-/u, '').split(/[_-]/u)[0]!;

if (dev) {
  warmUp(dev.slice(0, 10).map((i) => i.article));
  const rows: Row[] = [
    evaluateQuotes('dev, even articles', dev.filter((_, i) => i % 2 === 0)),
    evaluateQuotes('dev, odd articles', dev.filter((_, i) => i % 2 === 1)),
  ];
  for (const outlet of [...new Set(dev.map(outletOf))].sort()) rows.push(evaluateQuotes(`dev, ${outlet}`, dev.filter((i) => outletOf(i) === outlet)));
  // Articles from another PolNeAR split (POLNEAR_EXTRA): a held-out check that still never reads the test split.
  const extra = readExtraQuoteSet<QuoteItem>();
  if (extra) rows.push(evaluateQuotes(extra.name, extra.items));
  printTable(rows);
}
