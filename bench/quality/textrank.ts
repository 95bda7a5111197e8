/**
 * TextRank baseline (Mihalcea & Tarau 2004): sentences are nodes, edges weigh the content words
 * two sentences share over the log of their lengths, and PageRank ranks the nodes. The top
 * sentences come back in article order.
 */
import type { Sentence } from '../../src/core/index.js';

const DAMPING = 0.85;
const ITERATIONS = 50;

export function textRank(sentences: Sentence[], count: number): Sentence[] {
  const n = sentences.length;
  if (n <= count) return sentences.slice();
  const sets = sentences.map((s) => new Set(s.terms));
  const weights = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = sentences[i]!.terms.length;
      const b = sentences[j]!.terms.length;
      if (a < 2 || b < 2) continue;
      let shared = 0;
      for (const t of sets[i]!) if (sets[j]!.has(t)) shared++;
      const w = shared / (Math.log(a) + Math.log(b));
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const outSum = weights.map((row) => row.reduce((x, y) => x + y, 0));
  let rank = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if (!outSum[j]) continue;
      for (let i = 0; i < n; i++) if (weights[j]![i]) next[i]! += (DAMPING * rank[j]! * weights[j]![i]!) / outSum[j]!;
    }
    rank = next;
  }
  return sentences
    .map((s, i) => ({ s, r: rank[i]! }))
    .sort((x, y) => y.r - x.r || x.s.index - y.s.index)
    .slice(0, count)
    .map((x) => x.s)
    .sort((x, y) => x.index - y.index);
}
