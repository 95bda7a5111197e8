/** Runs one system over one eval set and gathers the figures of one table row. */
import { isDangling, makeBrief, splitSentences, type Quote } from '../../src/core/index.js';
import { separateHeading } from '../../src/core/brief.js';
import { type GoldQuote, pairQuotes, speakersMatch } from './quote-match.js';
import { scoreRouge } from './rouge.js';
import { textRank } from './textrank.js';

export const BUDGET = 3;

export interface Row {
  set: string;
  system: string;
  articles: number;
  rouge?: { rouge1: number; rouge2: number; rougeLsum: number };
  quotes?: { precision: number; recall: number; f1: number; speakerAccuracy: number; speakerScored: number };
  /** Returned quotes whose text is not the article's characters at their offsets. */
  unfaithfulQuotes?: number;
  /** Summaries whose first sentence opens with a pronoun or connective. */
  danglingOpeners: number;
  articlesPerSecond: number;
}

export type System = 'ours' | 'Lead-3' | 'TextRank';

interface Output {
  summary: string[];
  quotes?: Quote[];
}

function run(system: System, article: string): Output {
  if (system === 'ours') return makeBrief({ text: article }, { maxSentences: BUDGET, maxWords: null });
  const sentences = splitSentences(separateHeading(article, null).body);
  const picked = system === 'Lead-3' ? sentences.slice(0, BUDGET) : textRank(sentences, BUDGET);
  return { summary: picked.map((s) => s.text) };
}

/**
 * Articles per second of this process's CPU time: on one thread that is the wall-clock rate of an
 * idle machine, and it stays readable when other work shares the cores.
 */
function timed(system: System, articles: string[]): { outputs: Output[]; perSecond: number } {
  const started = process.cpuUsage();
  const outputs = articles.map((a) => run(system, a));
  const used = process.cpuUsage(started);
  return { outputs, perSecond: articles.length / ((used.user + used.system) / 1e6) };
}

/** Loads the language model and lets the JIT settle before anything is timed. */
export function warmUp(articles: string[]): void {
  for (const article of articles) for (const system of ['ours', 'Lead-3', 'TextRank'] as const) run(system, article);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function faithfulness(articles: string[], outputs: Output[]): Pick<Row, 'unfaithfulQuotes' | 'danglingOpeners'> {
  let unfaithfulQuotes = 0;
  outputs.forEach((o, i) => {
    for (const q of o.quotes ?? []) if (articles[i]!.slice(q.start, q.end) !== q.text) unfaithfulQuotes++;
  });
  const danglingOpeners = outputs.filter((o) => o.summary[0] !== undefined && isDangling({ text: o.summary[0] })).length;
  return { unfaithfulQuotes: outputs[0]?.quotes ? unfaithfulQuotes : undefined, danglingOpeners };
}

/** ROUGE of a system's 3-sentence summaries against the reference (one sentence a line). */
export function evaluateSummaries(set: string, system: System, items: { article: string; reference: string }[]): Row {
  const articles = items.map((i) => i.article);
  const { outputs, perSecond } = timed(system, articles);
  const scores = outputs.map((o, i) => scoreRouge(o.summary.join('\n'), items[i]!.reference));
  return {
    set,
    system,
    articles: items.length,
    rouge: {
      rouge1: mean(scores.map((s) => s.rouge1)),
      rouge2: mean(scores.map((s) => s.rouge2)),
      rougeLsum: mean(scores.map((s) => s.rougeLsum)),
    },
    ...faithfulness(articles, outputs),
    articlesPerSecond: perSecond,
  };
}

/** Quote spans and speakers against annotated gold quotes. */
export function evaluateQuotes(set: string, items: { article: string; quotes: GoldQuote[] }[]): Row {
  const articles = items.map((i) => i.article);
  const { outputs, perSecond } = timed('ours', articles);
  let returned = 0;
  let gold = 0;
  let matched = 0;
  let speakerScored = 0;
  let speakerRight = 0;
  outputs.forEach((o, i) => {
    const pairs = pairQuotes(o.quotes!, items[i]!.quotes);
    returned += o.quotes!.length;
    gold += items[i]!.quotes.length;
    matched += pairs.length;
    for (const [r, g] of pairs) {
      if (g.speaker === null || g.speaker_is_pronoun) continue;
      speakerScored++;
      if (speakersMatch(r.speaker, g.speaker)) speakerRight++;
    }
  });
  const precision = returned ? matched / returned : 0;
  const recall = gold ? matched / gold : 0;
  return {
    set,
    system: 'ours',
    articles: items.length,
    quotes: {
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      speakerAccuracy: speakerScored ? speakerRight / speakerScored : 0,
      speakerScored,
    },
    ...faithfulness(articles, outputs),
    articlesPerSecond: perSecond,
  };
}
