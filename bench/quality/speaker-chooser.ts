/**
 * `npm run bench:speaker-chooser -- <training.jsonl>[,<more.jsonl>] <held-out.jsonl>`: an experiment, not part of the
 * bot. Would a chooser learned from annotated articles pick speakers better than the rules do? For every matched quote
 * whose gold speaker is a name, the candidates are the rules' speaker and every name in the quote's sentence and the
 * sentences either side; a logistic regression over where each candidate stands is trained on the first files and
 * scored on the last. It prints how often the rules and the chooser name the gold speaker, and what the chooser changed.
 * Pass PolNeAR files made by `npm run bench:polnear-convert`; the shared test split is never read here.
 */
import { SPEECH_VERBS } from '../../src/core/lexicon.js';
import { makeBrief } from '../../src/core/index.js';
import { splitSentences } from '../../src/core/sentences.js';
import { isNamed } from '../../src/core/speakers.js';
import type { Quote } from '../../src/core/types.js';
import { readJsonLines } from '../eval-data.js';
import { type GoldQuote, pairQuotes, speakersMatch } from './quote-match.js';

type QuoteItem = { article: string; quotes: GoldQuote[] };
interface Candidate {
  name: string;
  features: number[];
  right: boolean;
}
interface ScoredQuote {
  rules: string | null;
  rulesRight: boolean;
  candidates: Candidate[];
}

const NAME = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+/gu;
// A capitalised word that opens a sentence is not part of the name after it.
const SENTENCE_OPENER = /^(?:But|And|In|On|At|After|The|A|An|However|When|While|As|If|For|With|This|That|It|He|She|They|We|I|Yet|So|Still|Meanwhile|Then|Now|Last|Earlier|Later|Asked|According)\s+/u;
const OUTLET = /\b(?:Times|Post|News|Herald|Tribune|Journal|Reuters|AP|CNN|NBC|ABC|CBS|Fox|MSNBC|Radio|Politico|Blaze)\b/u;

function candidatesOf(item: QuoteItem): ScoredQuote[] {
  const { article } = item;
  const quotes = makeBrief({ text: article }, { maxSentences: 3, maxWords: null }).quotes;
  const sentences = splitSentences(article);
  const scored: ScoredQuote[] = [];
  for (const [quote, gold] of pairQuotes(quotes, item.quotes)) {
    if (gold.speaker === null || gold.speaker_is_pronoun) continue;
    const goldSpeaker = gold.speaker;
    const here = sentences.findIndex((s) => s.start <= quote.start && quote.start < s.end);
    const index = quotes.indexOf(quote);
    const neighbours = [quotes[index - 1]?.speaker, quotes[index + 1]?.speaker].filter((s): s is string => Boolean(s));
    const candidates: Candidate[] = [];
    const add = (name: string, features: number[]) => candidates.push({ name, features, right: speakersMatch(name, goldSpeaker) });
    const rules = quote.speaker;
    if (rules) add(rules, features({ name: rules, fromRules: true, rulesFoundNone: false, article, quote, neighbours }));
    for (let offset = -1; offset <= 1; offset++) {
      const sentence = sentences[here + offset];
      if (!sentence) continue;
      for (const match of article.slice(sentence.start, sentence.end).matchAll(NAME)) {
        const opener = SENTENCE_OPENER.exec(match[0]);
        const name = opener ? match[0].slice(opener[0].length) : match[0];
        const at = sentence.start + match.index + (opener?.[0].length ?? 0);
        if (!name || quotes.some((q) => q.start <= at && at < q.end) || !isNamed(name, article)) continue;
        if (rules && speakersMatch(name, rules)) continue;
        add(name, features({ name, fromRules: false, rulesFoundNone: rules === null, article, quote, neighbours, sentenceOffset: offset, at }));
      }
    }
    scored.push({ rules, rulesRight: speakersMatch(rules, goldSpeaker), candidates });
  }
  return scored;
}

interface Place {
  name: string;
  fromRules: boolean;
  rulesFoundNone: boolean;
  article: string;
  quote: Quote;
  neighbours: string[];
  sentenceOffset?: number;
  at?: number;
}

/** Where a candidate stands relative to the quote, each feature once alone and once when the rules found no one. */
function features(place: Place): number[] {
  const { name, article, quote, sentenceOffset: offset, at = 0 } = place;
  const inText = offset !== undefined ? 1 : 0;
  const after = article.slice(at + name.length, at + name.length + 40);
  const before = article.slice(Math.max(0, at - 25), at);
  const wordsAfter = after.split(/\s+/u).slice(0, 4).map((w) => w.replace(/[^\p{L}]/gu, '').toLowerCase());
  const wordBefore = before.trim().split(/\s+/u).pop()?.replace(/[^\p{L}]/gu, '').toLowerCase() ?? '';
  const distance = inText ? Math.log1p(Math.abs(at < quote.start ? quote.start - at : at - quote.end)) / 8 : 0;
  const surname = name.split(/\s+/u).pop()!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const mentions = article.match(new RegExp(surname, 'gu'))?.length ?? 0;
  const own = [
    place.fromRules ? 1 : 0,
    offset === 0 ? 1 : 0,
    offset === -1 ? 1 : 0,
    offset === 1 ? 1 : 0,
    offset === 0 && at < quote.start ? 1 : 0,
    distance,
    inText && wordsAfter.some((w) => SPEECH_VERBS.has(w)) ? 1 : 0,
    inText && SPEECH_VERBS.has(wordBefore) ? 1 : 0,
    inText && /(?:^|[.!?]\s+|\n\s*)$/u.test(before) ? 1 : 0,
    inText && /^[’']s\b/u.test(after) ? 1 : 0,
    inText && /^(?:of|to|for|with|by|about|against|on|at|from|in|than)$/u.test(wordBefore) ? 1 : 0,
    Math.log1p(mentions) / 3,
    place.neighbours.some((n) => speakersMatch(n, name)) ? 1 : 0,
    OUTLET.test(name) ? 1 : 0,
  ];
  return [1, ...own.flatMap((value) => [value, place.rulesFoundNone ? value : 0])];
}

const score = (weights: number[], c: Candidate) => c.features.reduce((sum, v, j) => sum + v * weights[j]!, 0);

/** Logistic regression by batch gradient descent with a little L2. */
function train(quotes: ScoredQuote[], epochs = 300, rate = 0.5, l2 = 1e-3): number[] {
  const all = quotes.flatMap((q) => q.candidates);
  const weights = new Array<number>(all[0]?.features.length ?? 0).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = new Array<number>(weights.length).fill(0);
    for (const c of all) {
      const error = 1 / (1 + Math.exp(-score(weights, c))) - (c.right ? 1 : 0);
      c.features.forEach((v, j) => (gradient[j]! += error * v));
    }
    weights.forEach((w, j) => (weights[j] = w - rate * (gradient[j]! / all.length + l2 * w)));
  }
  return weights;
}

function report(label: string, quotes: ScoredQuote[], weights: number[]): void {
  let rules = 0;
  let chooser = 0;
  let reachable = 0;
  const changes = { 'no one → right': 0, 'no one → wrong': 0, 'name → right': 0, 'name → wrong': 0 };
  for (const q of quotes) {
    if (q.rulesRight) rules++;
    if (q.candidates.some((c) => c.right)) reachable++;
    const best = q.candidates.reduce<Candidate | null>((top, c) => (top === null || score(weights, c) > score(weights, top) ? c : top), null);
    if (best?.right) chooser++;
    if (best && !(q.rules && speakersMatch(best.name, q.rules))) changes[`${q.rules ? 'name' : 'no one'} → ${best.right ? 'right' : 'wrong'}`]++;
  }
  const share = (n: number) => (n / quotes.length).toFixed(3);
  console.log(
    `${label}: ${quotes.length} quotes; rules ${share(rules)}, chooser ${share(chooser)}, a candidate is right ${share(reachable)}; chooser changed ${JSON.stringify(changes)}`,
  );
}

const [trainingPaths, heldOutPath] = process.argv.slice(2);
if (!trainingPaths || !heldOutPath) {
  console.log('usage: npm run bench:speaker-chooser -- <training.jsonl>[,<more.jsonl>] <held-out.jsonl>');
  process.exit(2);
}
const training = trainingPaths.split(',').flatMap((path) => readJsonLines<QuoteItem>(path).flatMap(candidatesOf));
const weights = train(training);
report('training', training, weights);
report('held out', readJsonLines<QuoteItem>(heldOutPath).flatMap(candidatesOf), weights);
