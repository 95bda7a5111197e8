import { extractQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { assessSourcing } from './sourcing.js';
import { summarize, type SummaryOptions } from './summarize.js';
import type { Brief } from './types.js';

export interface ArticleInput {
  /** The article body, verbatim. */
  text: string;
  /** The headline when it is known (front matter, feed item); otherwise a heading line is used. */
  title?: string | null;
}

/** Turns an article into a brief: summary, quotes with speakers, sourcing note and counts. */
export function makeBrief(article: ArticleInput, options: SummaryOptions = {}): Brief {
  const { title, body } = separateHeading(article.text, article.title ?? null);
  const sentences = splitSentences(body);
  const quotes = extractQuotes(body, sentences);
  const summary = summarize(sentences, options);
  return {
    title,
    summary: summary.map((s) => s.text),
    quotes,
    sourcing: assessSourcing(body, quotes),
    stats: {
      words: sentences.reduce((n, s) => n + s.words, 0),
      summaryWords: summary.reduce((n, s) => n + s.words, 0),
    },
  };
}

/**
 * A plain-text article may open with its headline: a Markdown heading, or a short first line with
 * no closing punctuation followed by a blank line. It is the title, not a sentence of the story.
 * The body keeps its offsets: the heading is blanked out, not cut, so quote offsets stay valid.
 */
export function separateHeading(text: string, title: string | null): { title: string | null; body: string } {
  const m = /^\s*(#{1,6}\s+)?([^\n]{1,160})\n\s*\n/u.exec(text);
  if (!m) return { title, body: text };
  const line = m[2]!.trim();
  const words = line.split(/\s+/u);
  const isHeading = Boolean(m[1]) || (words.length <= 20 && (!/[.!?:"”’)]$/u.test(line) || isTitleCase(words)));
  if (!isHeading) return { title, body: text };
  const blanked = text.slice(0, m.index) + ' '.repeat(m[0].length - 2) + '\n\n' + text.slice(m.index + m[0].length);
  return { title: title ?? line, body: blanked };
}

/** Headlines capitalise their main words (`Trump Was ‘Mocking’ Clinton Camp.`); a story's sentences do not. */
function isTitleCase(words: string[]): boolean {
  const main = words.map((w) => w.replace(/^[^\p{L}]+/u, '')).filter((w) => w.length >= 4);
  return main.length >= 3 && main.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * main.length;
}

/** The brief as the CLI's `--json` contract prints it: no offsets, no internal figures. */
export interface BriefJson {
  title: string | null;
  summary: string[];
  quotes: { text: string; speaker: string | null; named: boolean; partial: boolean }[];
  sourcing: { unverified: boolean; cues: string[] };
  stats: { words: number; summaryWords: number };
}

export function toBriefJson(brief: Brief): BriefJson {
  return {
    title: brief.title,
    summary: brief.summary,
    quotes: brief.quotes.map(({ text, speaker, named, partial }) => ({ text, speaker, named, partial })),
    sourcing: { unverified: brief.sourcing.unverified, cues: brief.sourcing.cues },
    stats: brief.stats,
  };
}
