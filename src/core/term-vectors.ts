import type { Sentence } from './types.js';

/** A sentence's terms weighted by TF-IDF over the article's own sentences. */
export type TermVector = Map<string, number>;

/** TF-IDF vectors over the article's own sentences. */
export function weighTerms(sentences: Sentence[]): TermVector[] {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return sentences.map((s) => {
    const v: TermVector = new Map();
    for (const t of s.terms) v.set(t, (v.get(t) ?? 0) + 1);
    for (const [t, tf] of v) v.set(t, tf * Math.log(1 + n / df.get(t)!));
    return v;
  });
}

/** The article as one vector: the sum of its sentences. */
export function sumVectors(vectors: TermVector[]): TermVector {
  const total: TermVector = new Map();
  for (const v of vectors) for (const [t, w] of v) total.set(t, (total.get(t) ?? 0) + w);
  return total;
}

/** Cosine similarity of two term vectors; 0 when either is empty. */
export function cosine(a: TermVector, b: TermVector): number {
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
