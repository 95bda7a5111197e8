/**
 * `npm run bench:quality`: summary ROUGE against Lead-3 and TextRank at 3 sentences, quote spans and
 * speakers on PolNeAR, faithfulness counts and throughput, in one table. Tuning used only the
 * "dev" rows (first 125 CNN/DailyMail articles, PolNeAR dev) and PolNeAR train articles outside this
 * table; every row here but dev is held out.
 */
import { readEvalSet, readExtraQuoteSet } from '../eval-data.js';
import { evaluateQuotes, evaluateSummaries, type Row, type System, warmUp } from './evaluate.js';
import type { GoldQuote } from './quote-match.js';
import { printTable } from './table.js';

type SummaryItem = { article: string; reference: string };
type QuoteItem = { article: string; quotes: GoldQuote[] };

const cnndm = readEvalSet<SummaryItem>('summarization/cnndm_frank.jsonl');
const bbc = readEvalSet<SummaryItem>('summarization/bbc_news_summary.jsonl');
const xsum = readEvalSet<SummaryItem>('summarization/xsum_frank.jsonl');
const polnearDev = readEvalSet<QuoteItem>('quotes/polnear_dev.jsonl');
const polnearTest = readEvalSet<QuoteItem>('quotes/polnear_test.jsonl');

if (cnndm && bbc && xsum && polnearDev && polnearTest) {
  warmUp([...cnndm.slice(0, 20), ...polnearDev.slice(0, 10)].map((i) => i.article));
  const systems: System[] = ['ours', 'Lead-3', 'TextRank'];
  const summarySets: [string, SummaryItem[]][] = [
    ['CNN/DM dev (1-125)', cnndm.slice(0, 125)],
    ['CNN/DM test (126-250)', cnndm.slice(125)],
    ['CNN/DM all 250', cnndm],
    ['BBC News Summary', bbc],
    ['XSum (stress)', xsum],
  ];
  const rows: Row[] = [];
  for (const [name, items] of summarySets) for (const system of systems) rows.push(evaluateSummaries(name, system, items));
  rows.push(evaluateQuotes('PolNeAR dev', polnearDev));
  rows.push(evaluateQuotes('PolNeAR test', polnearTest));
  const extra = readExtraQuoteSet<QuoteItem>();
  if (extra) rows.push(evaluateQuotes(extra.name, extra.items));
  printTable(rows);
}
