/** One item of a feed, normalised: clean text, absolute links, ISO dates. */
export interface FeedEntry {
  guid: string | null;
  title: string;
  /** Absolute URL of the story, when the item has one. */
  link: string | null;
  /** ISO 8601 UTC, or null when the item carries no usable date. */
  published: string | null;
  author: string | null;
  /** The item's text, one paragraph a line: full content when present, else its summary. */
  text: string;
  /** True when the item carries only a teaser, so the page is worth fetching for the full text. */
  isExcerpt: boolean;
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

/** A feed that could not be read: malformed XML, not a feed at all, invalid JSON. */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

/** Fewer words than this and the item is treated as a teaser for a longer page. */
export const EXCERPT_WORDS = 120;

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Resolves a link against the feed's own URL; anything that is not http(s) is dropped. */
export function absoluteLink(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function isoDate(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
