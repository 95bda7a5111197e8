import type { APIEmbed } from 'discord.js';
import type { Article } from '../../../articles/article.js';
import { describeSpeaker, markQuote } from '../../../../commands/digest-entry.js';
import type { Brief, Quote } from '../../../core/index.js';
import { escapeArticleText, neutralizeMentions } from './discord-text.js';

/** Embed colours: Discord blurple for a sourced story, amber when the sourcing is unverified. */
export const COLOR_SOURCED = 0x5865f2;
export const COLOR_UNVERIFIED = 0xe67e22;

/** Title linked to the source, and colour by sourcing: what every embed about an article starts with. */
export function articleHeading(article: Article, brief: Brief): Pick<APIEmbed, 'title' | 'url' | 'color'> {
  const heading: Pick<APIEmbed, 'title' | 'url' | 'color'> = {
    title: escapeArticleText(article.title),
    color: brief.sourcing.unverified ? COLOR_UNVERIFIED : COLOR_SOURCED,
  };
  if (article.url && /^https?:\/\//.test(article.url) && article.url.length <= 2048) heading.url = article.url;
  return heading;
}

/** "By Author · Source · 2026-11-25": who wrote it, where it ran, when. Footers show no markdown, so only mentions are broken. */
export function articleFooter(article: Article): NonNullable<APIEmbed['footer']> {
  const parts = [article.author ? `By ${article.author}` : undefined, article.source ?? 'farewell-bot', article.published.slice(0, 10)];
  return { text: neutralizeMentions(parts.filter((p): p is string => Boolean(p)).join(' · ')) };
}

/** The summary as one paragraph, or a plain note when no sentence could stand as one. */
export function summaryText(brief: Brief): string {
  if (brief.summary.length === 0) return '*No sentence could stand as a summary.*';
  return escapeArticleText(brief.summary.join(' '));
}

/** A quote as a Discord block quote line, then who said it. */
export function quoteBlock(quote: Quote): string {
  const text = escapeArticleText(quote.text.replace(/\s+/g, ' ').trim());
  return `> ${markQuote({ text, partial: quote.partial })}\n— ${escapeArticleText(describeSpeaker(quote))}`;
}

/** The visible warning for an unverified story, as an embed field; undefined when sourcing is fine. */
export function sourcingField(brief: Brief): { name: string; value: string } | undefined {
  if (!brief.sourcing.unverified) return undefined;
  const cues = brief.sourcing.cues.length > 0 ? brief.sourcing.cues.join('; ') : 'only unnamed speakers';
  return { name: '⚠️ Sourcing: unverified', value: `The story rests on hedged or unnamed sources (${escapeArticleText(cues)}).` };
}
