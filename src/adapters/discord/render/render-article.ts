import type { APIEmbed } from 'discord.js';
import type { BriefedArticle } from '../../../../commands/types.js';
import { articleFooter, articleHeading } from './article-parts.js';
import { escapeArticleText, splitText } from './discord-text.js';

/**
 * Two pieces of this size, a title and a footer stay under the 6,000 characters a message may
 * carry, so each message holds two embeds of text.
 */
const PIECE_CHARS = 2800;
const EMBEDS_PER_MESSAGE = 2;

/**
 * The full article, verbatim and escaped, as the embeds of as many messages as it needs: the first
 * embed carries the linked title, the last the footer. Paragraphs stay whole where they can.
 */
export function renderArticleMessages({ article, brief }: BriefedArticle): APIEmbed[][] {
  const paragraphs = article.body.split(/\n+/).map((line) => line.trim()).filter(Boolean);
  const pieces = splitText(paragraphs.map(escapeArticleText).join('\n\n'), PIECE_CHARS);
  if (pieces.length === 0) pieces.push('*This article has no text.*');
  const heading = articleHeading(article, brief);
  const embeds: APIEmbed[] = pieces.map((description) => ({ color: heading.color, description }));
  embeds[0] = { ...heading, ...embeds[0] };
  embeds[embeds.length - 1] = { ...embeds[embeds.length - 1], footer: articleFooter(article) };
  const messages: APIEmbed[][] = [];
  for (let i = 0; i < embeds.length; i += EMBEDS_PER_MESSAGE) messages.push(embeds.slice(i, i + EMBEDS_PER_MESSAGE));
  return messages;
}
