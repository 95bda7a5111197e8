import type { Quote } from '../src/core/index.js';
import type { DigestEntry } from './types.js';

/** Past this many words a gist stops being a glance: a second sentence is added only within it. */
export const GIST_WORDS = 60;
/** Past this many characters a quote crowds out the other stories of a digest. */
export const QUOTE_CHARS = 300;
/** Sourcing cues named in a digest line; the brief lists them all. */
const MAX_CUES = 3;
const ELLIPSIS = '…';

/** The quote a digest shows for a story, whitespace folded, cut with an ellipsis when it had to be. */
export interface TopQuote extends Pick<Quote, 'text' | 'speaker' | 'named' | 'partial'> {
  /** True when `text` is the start of a longer quote, ending in an ellipsis. */
  cut: boolean;
}

/** What every platform shows of one digest story, before its own escaping and layout. */
export interface DigestEntryView {
  headline: string;
  url: string | undefined;
  /** The first one or two summary sentences, within about 60 words; empty when none stood. */
  gist: string[];
  topQuote: TopQuote | null;
  unverified: boolean;
  /** The hedging and anonymity cues the sourcing check found (all of them). */
  sourcingCues: string[];
  /** "Unverified: …" with up to three cues, or null when the sourcing is fine. */
  sourcingNote: string | null;
  alsoIn: string[];
}

/** Picks what a digest shows of a story: headline, gist, top quote, sourcing note and other outlets. Pure. */
export function digestEntryView({ item, alsoIn }: DigestEntry): DigestEntryView {
  const { article, brief } = item;
  const topQuote = pickTopQuote(brief.quotes);
  // A summary sentence that carries the top quote would show it twice; the next sentence says more.
  const shown = topQuote?.cut ? topQuote.text.slice(0, -ELLIPSIS.length) : topQuote?.text;
  const quoted = shown ? brief.summary.filter((s) => !folded(s).includes(shown)) : brief.summary;
  return {
    headline: article.title,
    url: article.url,
    gist: pickGist(quoted.length > 0 ? quoted : brief.summary),
    topQuote,
    unverified: brief.sourcing.unverified,
    sourcingCues: brief.sourcing.cues,
    sourcingNote: brief.sourcing.unverified ? sourcingNote(brief.sourcing.cues) : null,
    alsoIn,
  };
}

/**
 * The first summary sentence, and the second too when both stay within `maxWords`. A first
 * sentence longer than that is cut at a word boundary: a digest entry is read at a glance.
 */
export function pickGist(summary: readonly string[], maxWords = GIST_WORDS): string[] {
  const [first, second] = summary.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (first === undefined) return [];
  const firstWords = wordCount(first);
  if (firstWords > maxWords) return [`${first.split(' ').slice(0, maxWords).join(' ').replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`];
  if (second !== undefined && firstWords + wordCount(second) <= maxWords) return [first, second];
  return [first];
}

/**
 * The quote that best speaks for the story: a whole quote from a named speaker first, then any
 * quote with a speaker; within each, one short enough to show whole (`maxChars`) before one that
 * must be cut. Unattributed quotes are never picked. Null when the story has no attributed quote.
 */
export function pickTopQuote(quotes: readonly Quote[], maxChars = QUOTE_CHARS): TopQuote | null {
  const attributed = quotes.filter((q) => q.speaker !== null && q.text.trim().length > 0);
  const tier = (q: Quote) => (q.named && !q.partial ? 0 : 1);
  const fits = (q: Quote) => folded(q.text).length <= maxChars;
  // Order of preference: named whole quote that fits, any that fits, named whole (cut), any (cut).
  const ranked = [...attributed].sort((a, b) => Number(!fits(a)) - Number(!fits(b)) || tier(a) - tier(b));
  const best = ranked[0];
  if (!best) return null;
  const text = folded(best.text);
  const cut = text.length > maxChars;
  return { text: cut ? cutAtWord(text, maxChars) : text, speaker: best.speaker, named: best.named, partial: best.partial, cut };
}

/** "Jimmy Page", "his wife (unnamed)" or "unattributed": how every renderer names a speaker. */
export function describeSpeaker(quote: Pick<Quote, 'speaker' | 'named'>): string {
  if (quote.speaker === null) return 'unattributed';
  return quote.named ? quote.speaker : `${quote.speaker} (unnamed)`;
}

/** The quote in curly quotation marks; a fragment of a longer sentence gets ellipses outside them. */
export function markQuote(quote: Pick<Quote, 'text' | 'partial'>): string {
  return quote.partial ? `${ELLIPSIS}“${quote.text}”${ELLIPSIS}` : `“${quote.text}”`;
}

function sourcingNote(cues: readonly string[]): string {
  const named = cues.slice(0, MAX_CUES).join('; ');
  const more = cues.length > MAX_CUES ? `; +${cues.length - MAX_CUES} more` : '';
  return `Unverified: hedged or unnamed sources (${named ? `${named}${more}` : 'unnamed speakers'}).`;
}

// A quote ends in the comma that led into "she said"; in a digest line it stands alone.
const folded = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/,$/u, '');
const wordCount = (text: string) => text.split(' ').filter(Boolean).length;

/** At most `max` characters, cut at the last space with an ellipsis (mid-word only for one huge word). */
function cutAtWord(text: string, max: number): string {
  const room = text.slice(0, max);
  const space = room.lastIndexOf(' ');
  const kept = space > max / 2 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${kept.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}
