import { createHash } from 'node:crypto';

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have he her his in into is it its new of on or our says she that the their they this to was were will with after over about more than new just'.split(' '),
);

/** Lower-case words without punctuation, so the same text reformatted hashes the same. */
export function normalizeForHash(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** SHA-256 of the normalised body: identical stories (syndicated copies, reposts) share it. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}

/** The content words of a text (stop words and very short words dropped), for similarity. */
export function contentWords(text: string): Set<string> {
  return new Set(
    normalizeForHash(text)
      .split(' ')
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w)),
  );
}

/** Jaccard overlap of two word sets, 0..1. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface StorySketch {
  title: string;
  /** The opening of the body: outlets rewrite headlines more than their first paragraphs. */
  lead: string;
}

/**
 * Whether two outlets' items tell the same story: headlines sharing most content words, or
 * openings sharing many. Tuned to keep "X announces tour" and "X cancels tour" apart: both
 * signals need a clear majority of words in common.
 */
export function isSameStory(a: StorySketch, b: StorySketch): boolean {
  const titleA = contentWords(a.title);
  const titleB = contentWords(b.title);
  const titleScore = overlap(titleA, titleB);
  if (titleScore >= 0.6 && Math.min(titleA.size, titleB.size) >= 3) return true;
  const leadScore = overlap(contentWords(leadOf(a.lead)), contentWords(leadOf(b.lead)));
  return leadScore >= 0.5 || (titleScore >= 0.4 && leadScore >= 0.3);
}

/** The first 80 words of a body. */
export function leadOf(text: string): string {
  return text.split(/\s+/u).slice(0, 80).join(' ');
}
