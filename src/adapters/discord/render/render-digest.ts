import type { APIEmbed } from 'discord.js';
import type { Digest, DigestEntry } from '../../../../commands/types.js';
import { LIMITS } from './discord-limits.js';
import { embedLength } from './discord-message.js';
import { articleFooter, articleHeading, summaryText } from './article-parts.js';
import { escapeArticleText, truncate } from './discord-text.js';

/** Room kept for the header line and rounding, so the fair shares never add up past the limit. */
const SAFETY_CHARS = 50;

/**
 * A digest as one message: a header line as content and one embed per story (at most 10), each
 * with its linked title, summary, "also in" outlets, sourcing flag, source and date. The 6,000
 * characters are shared fairly: every story keeps its title and footer, summaries share the rest.
 */
export function renderDigestMessage(digest: Digest): { content: string; embeds: APIEmbed[] } {
  const entries = digest.entries.slice(0, LIMITS.embedsPerMessage);
  if (entries.length === 0) {
    return { content: `No music news for ${digest.localDate} (${digest.timezone}).`, embeds: [] };
  }
  const frames = entries.map(entryFrame);
  const fixed = frames.reduce((sum, f) => sum + embedLength(f), 0);
  const share = Math.max(0, Math.floor((LIMITS.embedTotal - SAFETY_CHARS - fixed) / entries.length));
  const embeds = entries.map((entry, i) => ({ ...frames[i], description: entryDescription(entry, Math.min(share, LIMITS.description)) }));
  const stories = entries.length === 1 ? '1 story' : `${entries.length} stories`;
  return { content: `**Music news · ${digest.localDate}** (${digest.timezone}) · ${stories}`, embeds };
}

/** Everything of a story's embed but its description. */
function entryFrame({ item, alsoIn }: DigestEntry): APIEmbed {
  const frame: APIEmbed = { ...articleHeading(item.article, item.brief), footer: articleFooter(item.article) };
  frame.title = truncate(frame.title ?? '', LIMITS.title);
  if (alsoIn.length > 0) frame.fields = [{ name: 'Also in', value: truncate(escapeArticleText(alsoIn.join(', ')), 300), inline: false }];
  return frame;
}

function entryDescription({ item }: DigestEntry, max: number): string {
  const warning = item.brief.sourcing.unverified ? '\n⚠️ *Unverified: hedged or unnamed sources.*' : '';
  return `${truncate(summaryText(item.brief), Math.max(0, max - warning.length))}${warning}`;
}
