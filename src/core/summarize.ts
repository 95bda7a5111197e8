import { DANGLING_OPENERS } from './lexicon.js';
import { cosine, sumVectors, type TermVector, weighTerms } from './term-vectors.js';
import type { Sentence } from './types.js';

export interface SummaryOptions {
  /** At most this many sentences (default 3). */
  maxSentences?: number;
  /** At most this many words in all; null for no word budget (default 75). */
  maxWords?: number | null;
}

/**
 * How much each signal counts, set on the first 125 CNN/DailyMail articles only. News puts what
 * matters first (lead bias, decaying over about eight sentences); centrality favours sentences that
 * share the article's main terms, and forward centrality those that later sentences go on to
 * elaborate (the lead a story unpacks, as in PacSum); a mild length prior prefers the sentence that
 * states the news over the one loaded with detail; redundancy stops two sentences saying one thing.
 */
export const SUMMARY_WEIGHTS = {
  position: 1,
  positionDecay: 8,
  centrality: 0.6,
  forward: 1,
  length: -0.3,
  fullLength: 40,
  redundancy: 0.7,
  minWords: 6,
};

const BOILERPLATE = /^(?:scroll down|click here|read more|read the rest|share this|follow us|follow @|sign up|subscribe|watch:|watch the|photo:|photos:|image:|video:|advertisement|getty images|ap photo|copyright)/iu;

/** Picks the sentences that best summarise the article, verbatim and in article order. */
export function summarize(sentences: Sentence[], options: SummaryOptions = {}): Sentence[] {
  const maxSentences = options.maxSentences ?? 3;
  const maxWords = options.maxWords === undefined ? 75 : options.maxWords;
  if (maxSentences <= 0 || sentences.length === 0) return [];

  const vectors = weighTerms(sentences);
  const centroid = sumVectors(vectors);
  const candidates = sentences.filter(isSummaryMaterial).map((s) => ({ sentence: s, score: scoreSentence(s, vectors, centroid) }));

  const chosen: Sentence[] = [];
  let words = 0;
  while (chosen.length < maxSentences) {
    let best: { sentence: Sentence; value: number } | null = null;
    for (const c of candidates) {
      const s = c.sentence;
      if (chosen.includes(s)) continue;
      if (maxWords !== null && words + s.words > maxWords && chosen.length > 0) continue;
      // A sentence that leans on the one before it may follow another chosen sentence, never open.
      if (isDangling(s) && !chosen.some((o) => o.index < s.index)) continue;
      const redundancy = Math.max(0, ...chosen.map((o) => cosine(vectors[s.index]!, vectors[o.index]!)));
      const value = c.score - SUMMARY_WEIGHTS.redundancy * redundancy;
      if (!best || value > best.value) best = { sentence: s, value };
    }
    if (!best) break;
    if (maxWords !== null && words + best.sentence.words > maxWords && chosen.length > 0) break;
    chosen.push(best.sentence);
    words += best.sentence.words;
    if (maxWords !== null && words >= maxWords) break;
  }
  // A very short article may have no sentence that passes as summary material: its opening still beats nothing.
  if (chosen.length === 0) return sentences.filter((s) => s.words > 0 && s.hasVerb).slice(0, 1);
  return chosen.sort((a, b) => a.index - b.index);
}

/** True when the sentence opens with a pronoun or connective that needs the sentence before it. */
export function isDangling(sentence: Pick<Sentence, 'text'>): boolean {
  const first = /^[\s“"‘'(]*([\p{L}’']+)/u.exec(sentence.text)?.[1]?.toLowerCase();
  return /^[\s]*[“"‘]/u.test(sentence.text) || (first !== undefined && DANGLING_OPENERS.has(first));
}

function isSummaryMaterial(s: Sentence): boolean {
  if (s.words < SUMMARY_WEIGHTS.minWords || !s.hasVerb) return false;
  if (!/^[\s“"‘(]*[\p{Lu}\p{N}]/u.test(s.text) || /[:;,]$/u.test(s.text)) return false;
  if (BOILERPLATE.test(s.text)) return false;
  return hasBalancedQuotes(s.text);
}

function hasBalancedQuotes(text: string): boolean {
  const opening = (text.match(/“/gu) ?? []).length;
  const closing = (text.match(/”/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  return opening === closing && straight % 2 === 0;
}

function scoreSentence(s: Sentence, vectors: TermVector[], centroid: TermVector): number {
  const W = SUMMARY_WEIGHTS;
  let forward = 0;
  for (let j = s.index + 1; j < vectors.length; j++) forward += cosine(vectors[s.index]!, vectors[j]!);
  forward /= Math.max(1, vectors.length - 1 - s.index);
  return (
    W.position * Math.exp(-s.index / W.positionDecay) +
    W.centrality * cosine(vectors[s.index]!, centroid) +
    W.forward * forward +
    W.length * Math.min(1, s.words / W.fullLength)
  );
}
