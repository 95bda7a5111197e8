import { DANGLING_OPENERS } from './lexicon.js';
import type { Sentence } from './types.js';

export interface SummaryOptions {
  /** At most this many sentences (default 3). */
  maxSentences?: number;
  /** At most this many words in all; null for no word budget (default 75). */
  maxWords?: number | null;
}

/**
 * How much each signal counts. News puts what matters first (lead bias); centrality favours
 * sentences that share the article's main terms; redundancy stops two sentences saying one thing.
 */
export const SUMMARY_WEIGHTS = {
  position: 1,
  positionDecay: 4,
  centrality: 0.6,
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
  const centroid = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w);

  const candidates = sentences
    .filter(isSummaryMaterial)
    .map((s) => ({
      sentence: s,
      score:
        SUMMARY_WEIGHTS.position * Math.exp(-s.index / SUMMARY_WEIGHTS.positionDecay) +
        SUMMARY_WEIGHTS.centrality * cosine(vectors[s.index]!, centroid),
    }));

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
  if (chosen.length === 0) return sentences.slice(0, 1);
  return chosen.sort((a, b) => a.index - b.index);
}

/** True when the sentence opens with a pronoun or connective that needs the sentence before it. */
export function isDangling(sentence: Sentence): boolean {
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

/** TF-IDF vectors over the article's own sentences. */
function weighTerms(sentences: Sentence[]): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return sentences.map((s) => {
    const v = new Map<string, number>();
    for (const t of s.terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + n / df.get(t)!));
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const other = b.get(t);
    if (other) dot += w * other;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
