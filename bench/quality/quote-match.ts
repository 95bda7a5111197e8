/**
 * Scoring rules for quotes against PolNeAR's gold quotes.
 *
 * Span match: both texts are normalised at the edges (leading and trailing punctuation and
 * whitespace stripped, curly and straight quote characters unified); a returned quote matches a gold
 * one when one contains the other and the shorter is at least half as long as the longer. Each gold
 * quote matches at most one returned quote.
 *
 * Speaker match (scored only where the gold speaker is a name, not a pronoun or missing): both
 * speakers are lower-cased, possessive 's and punctuation dropped, and determiners and honorifics
 * (the, a, mr, mrs, ms, dr, sen, gov, rep, president ...) removed when a word is left; they match when the words of one
 * appear as a contiguous run in the other ("Trump" ~ "Donald J. Trump", "Chris Weston" ~ "Chris
 * Weston, chief market strategist at IG"). A missing speaker never matches.
 */

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_is_pronoun: boolean;
  /** Character offsets in the article, where the set gives them. */
  start?: number;
  end?: number;
}

export interface ReturnedQuote {
  text: string;
  speaker: string | null;
  start?: number;
  end?: number;
}

export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[“”„«»]/gu, '"')
    .replace(/[‘’‚]/gu, "'")
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

export function quotesMatch(returned: string, gold: string): boolean {
  const a = normaliseQuoteText(returned);
  const b = normaliseQuoteText(gold);
  if (!a || !b) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) && shorter.length * 2 >= longer.length;
}

const overlaps = (a: ReturnedQuote | GoldQuote, b: ReturnedQuote | GoldQuote) =>
  a.start !== undefined && a.end !== undefined && b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;

/**
 * Pairs each returned quote with at most one gold quote, in article order. Where both carry offsets, a gold quote
 * at the same place is taken first: a phrase quoted twice ("locker room talk") is two quotes, maybe by two people.
 */
export function pairQuotes<R extends ReturnedQuote, G extends GoldQuote>(returned: R[], gold: G[]): [R, G][] {
  const used = new Set<number>();
  const pairs: [R, G][] = [];
  for (const r of returned) {
    const free = (g: G, k: number) => !used.has(k) && quotesMatch(r.text, g.text);
    const atSamePlace = gold.findIndex((g, k) => free(g, k) && overlaps(r, g));
    const i = atSamePlace >= 0 ? atSamePlace : gold.findIndex(free);
    if (i < 0) continue;
    used.add(i);
    pairs.push([r, gold[i]!]);
  }
  return pairs;
}

const IGNORED_WORDS = /^(?:the|a|an|mr|mrs|ms|miss|dr|sen|senator|gov|governor|rep|president|former|of)$/u;

function speakerWords(speaker: string): string[] {
  const words = speaker
    .toLowerCase()
    .replace(/[’']s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
  const kept = words.filter((w) => !IGNORED_WORDS.test(w));
  // "The president" is a speaker too: honorifics go only when a name is left.
  return kept.length ? kept : words;
}

export function speakersMatch(returned: string | null, gold: string): boolean {
  if (!returned) return false;
  const a = speakerWords(returned);
  const b = speakerWords(gold);
  if (!a.length || !b.length) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${longer.join(' ')} `.includes(` ${shorter.join(' ')} `);
}
