/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 with the conventions of Google's `rouge-score`: lower-case,
 * every run of non-alphanumerics becomes a space, tokens longer than 3 characters are Porter-stemmed,
 * and ROUGE-Lsum takes the union LCS over newline-separated sentences.
 *
 * The stemmer is the `stemmer` npm package (Porter 1980). NLTK's default PorterStemmer, which
 * rouge-score uses, adds a few extensions (e.g. "dying" -> "die", "-alli" -> "-al"); the gap moves
 * scores by a few hundredths of a point, the same for every system compared here.
 */
import { stemmer } from 'stemmer';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

/** Tokens as rouge-score makes them. */
export function rougeTokens(text: string, stem = true): string[] {
  const tokens = text.toLowerCase().replace(/[^a-z0-9]+/gu, ' ').split(' ').filter(Boolean);
  return stem ? tokens.map((t) => (t.length > 3 ? stemmer(t) : t)) : tokens;
}

/** F1 of n-gram overlap between a candidate and a reference. */
export function rougeN(candidate: string[], reference: string[], n: number): number {
  const cand = countNgrams(candidate, n);
  const ref = countNgrams(reference, n);
  let overlap = 0;
  for (const [gram, count] of cand) overlap += Math.min(count, ref.get(gram) ?? 0);
  return f1(overlap, total(cand), total(ref));
}

/** Summary-level LCS F1 over sentences given one per line (rouge-score's `rougeLsum`). */
export function rougeLsum(candidate: string, reference: string, stem = true): number {
  const candSentences = lines(candidate).map((s) => rougeTokens(s, stem)).filter((s) => s.length);
  const refSentences = lines(reference).map((s) => rougeTokens(s, stem)).filter((s) => s.length);
  const m = refSentences.reduce((n, s) => n + s.length, 0);
  const n = candSentences.reduce((k, s) => k + s.length, 0);
  if (!m || !n) return 0;
  const refLeft = countTokens(refSentences);
  const candLeft = countTokens(candSentences);
  let hits = 0;
  for (const ref of refSentences) {
    const union = new Set<number>();
    for (const cand of candSentences) for (const i of lcsIndices(ref, cand)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const token = ref[i]!;
      if ((candLeft.get(token) ?? 0) > 0 && (refLeft.get(token) ?? 0) > 0) {
        hits++;
        candLeft.set(token, candLeft.get(token)! - 1);
        refLeft.set(token, refLeft.get(token)! - 1);
      }
    }
  }
  return f1(hits, n, m);
}

/** All three scores, as percentages, for one candidate against one reference (both one sentence a line). */
export function scoreRouge(candidate: string, reference: string): RougeScores {
  const cand = rougeTokens(candidate);
  const ref = rougeTokens(reference);
  return {
    rouge1: 100 * rougeN(cand, ref, 1),
    rouge2: 100 * rougeN(cand, ref, 2),
    rougeLsum: 100 * rougeLsum(candidate, reference),
  };
}

/** Indices into `ref` of one longest common subsequence, backtracked the way rouge-score does. */
function lcsIndices(ref: string[], cand: string[]): number[] {
  const rows = ref.length + 1;
  const cols = cand.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      table[i * cols + j] = ref[i - 1] === cand[j - 1]
        ? table[(i - 1) * cols + j - 1]! + 1
        : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
    }
  }
  const found: number[] = [];
  let i = ref.length;
  let j = cand.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === cand[j - 1]) {
      found.unshift(i - 1);
      i--;
      j--;
    } else if (table[i * cols + j - 1]! > table[(i - 1) * cols + j]!) {
      j--;
    } else {
      i--;
    }
  }
  return found;
}

function countNgrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function countTokens(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
const lines = (text: string) => text.split('\n');

function f1(overlap: number, candidateTotal: number, referenceTotal: number): number {
  if (!candidateTotal || !referenceTotal) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
