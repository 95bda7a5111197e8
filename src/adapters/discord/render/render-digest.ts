import type { APIEmbed } from 'discord.js';
import { type DigestEntryView, describeSpeaker, digestEntryView, markQuote } from '../../../../commands/digest-entry.js';
import type { Digest, DigestEntry } from '../../../../commands/types.js';
import { LIMITS } from './discord-limits.js';
import { embedLength } from './discord-message.js';
import { articleFooter, articleHeading } from './article-parts.js';
import { escapeArticleText, truncate } from './discord-text.js';

/** Room kept for the header line and rounding, so the fair shares never add up past the limit. */
const SAFETY_CHARS = 50;
/** A quote cut shorter than this says nothing; the gist alone is better. */
const MIN_QUOTE_CHARS = 40;
const NO_GIST = '*No sentence could stand as a summary.*';
/** Outlets named in "Also in" before "+N more": the room is better spent on the story itself. */
const ALSO_IN_CHARS = 120;

/**
 * A digest as one message: a header line as content and one embed per story (at most 10), each
 * with its linked title, gist, top quote and speaker, sourcing note, "also in" outlets, source and
 * date. The 6,000 characters are shared fairly: every story keeps its title and footer, and the
 * descriptions share the rest.
 */
export function renderDigestMessage(digest: Digest): { content: string; embeds: APIEmbed[] } {
  const entries = digest.entries.slice(0, LIMITS.embedsPerMessage);
  if (entries.length === 0) {
    return { content: `No music news for ${digest.localDate} (${digest.timezone}).`, embeds: [] };
  }
  const frames = entries.map(entryFrame);
  const fixed = frames.reduce((sum, f) => sum + embedLength(f), 0);
  const share = Math.max(0, Math.floor((LIMITS.embedTotal - SAFETY_CHARS - fixed) / entries.length));
  const embeds = entries.map((entry, i) => withDescription(frames[i]!, entryDescription(digestEntryView(entry), Math.min(share, LIMITS.description))));
  const stories = entries.length === 1 ? '1 story' : `${entries.length} stories`;
  return { content: `**Music news · ${digest.localDate}** (${digest.timezone}) · ${stories}`, embeds };
}

/** Everything of a story's embed but its description. */
function entryFrame({ item, alsoIn }: DigestEntry): APIEmbed {
  const frame: APIEmbed = { ...articleHeading(item.article, item.brief), footer: articleFooter(item.article) };
  frame.title = truncate(frame.title ?? '', LIMITS.title);
  if (alsoIn.length > 0) frame.fields = [{ name: 'Also in', value: escapeArticleText(outlets(alsoIn, ALSO_IN_CHARS)), inline: false }];
  return frame;
}

/** "NME, Billboard, +3 more" within about `max` characters: the outlets matter less than the story. */
function outlets(names: readonly string[], max: number): string {
  const shown: string[] = [];
  for (const name of names) {
    if (shown.length > 0 && [...shown, name].join(', ').length > max) break;
    shown.push(truncate(name, max));
  }
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')}, +${more} more` : shown.join(', ');
}

// Discord refuses an empty description; with no room at all the story shows its title alone.
const withDescription = (frame: APIEmbed, description: string): APIEmbed => (description ? { ...frame, description } : frame);

/**
 * Gist, then the top quote as a block quote with its speaker, then the sourcing note, within `max`.
 * When they do not all fit the gist keeps at least half the room and the quote is cut at a word
 * (its speaker line always stays); a quote that would be a stub is left out instead.
 */
export function entryDescription(view: DigestEntryView, max: number): string {
  const note = view.sourcingNote ? `\n\n⚠️ *${escapeArticleText(view.sourcingNote)}*` : '';
  const short = '\n\n⚠️ *Unverified sourcing.*';
  const warning = note.length <= max / 2 ? note : view.unverified && short.length <= max / 2 ? short : '';
  const room = Math.max(0, max - warning.length);
  const gist = view.gist.length > 0 ? escapeArticleText(view.gist.join(' ')) : NO_GIST;
  const quote = view.topQuote;
  if (!quote) return `${truncate(gist, room)}${warning}`;
  const speaker = `\n— ${escapeArticleText(describeSpeaker(quote))}`;
  const block = (text: string) => `\n\n> ${markQuote({ text, partial: quote.partial })}${speaker}`;
  const quoteText = escapeArticleText(quote.text);
  const gistRoom = Math.max(Math.floor(room / 2), room - block(quoteText).length);
  const shownGist = truncate(gist, gistRoom);
  const quoteRoom = room - shownGist.length - block('').length;
  if (quoteRoom < Math.min(MIN_QUOTE_CHARS, quoteText.length)) return `${truncate(gist, room)}${warning}`;
  return `${shownGist}${block(truncate(quoteText, quoteRoom))}${warning}`;
}
