import { describeSpeaker, markQuote } from '../../../commands/digest-entry.js';
import type { BriefedArticle, BriefView, Reply } from '../../../commands/types.js';
import { type SlackBlock, type SlackMessage, contextBlock, headerBlock, sectionBlock, sourceLine, sourcingLine } from './blocks.js';
import { renderArticleMessages } from './render-article.js';
import { renderDigestMessage } from './render-digest.js';
import { SLACK_LIMITS, asBlockQuote, escapeSlackEntities, safeMrkdwn, truncate } from './slack-text.js';

export type { SlackBlock, SlackMessage } from './blocks.js';

/** A reply as Slack messages; `private` replies are ephemeral (only the caller sees them). */
export interface SlackReply {
  private: boolean;
  /** At least one message; only an `article` reply needs more than one. */
  messages: SlackMessage[];
}

/**
 * Turns a neutral command reply into Slack messages: Block Kit blocks within Slack's limits
 * (header 150, section 3,000, 50 blocks a message) plus a plain `text` fallback for notifications.
 * Article text is escaped and stripped of markup, so it can never ping anyone or fake formatting.
 */
export function renderSlackReply(reply: Reply): SlackReply {
  switch (reply.kind) {
    case 'brief':
      return { private: reply.private, messages: [renderBriefMessage(reply.item, reply.view)] };
    case 'article':
      return { private: reply.private, messages: renderArticleMessages(reply.item) };
    case 'digest':
      return { private: reply.private, messages: [renderDigestMessage(reply.digest)] };
    case 'text':
      return { private: reply.private, messages: [plainMessage(reply.text)] };
    case 'error':
      return { private: true, messages: [plainMessage(`:warning: ${reply.message}`)] };
  }
}

/**
 * Bot-written text (usage, confirmations): our markup is kept, `&<>` escaped because it may echo
 * what a user typed, then channel links (`<#C123>`, which never ping) are given back.
 */
function plainMessage(text: string): SlackMessage {
  const escaped = escapeSlackEntities(text).replace(/&lt;#([CG][A-Z0-9]+)&gt;/gu, '<#$1>');
  return { text: truncate(escaped, SLACK_LIMITS.sectionText), blocks: [sectionBlock(escaped)] };
}

function renderBriefMessage(item: BriefedArticle, view: BriefView): SlackMessage {
  const { brief } = item;
  const title = brief.title ?? item.article.title;
  const blocks: SlackBlock[] = [headerBlock(title), contextBlock(sourceLine(item))];
  if (view !== 'quotes') {
    const lines = brief.summary.map(safeMrkdwn);
    blocks.push(sectionBlock(`*Summary*\n${lines.join('\n') || '(no sentence could stand as a summary)'}`));
  }
  if (view !== 'summary') blocks.push(...quoteBlocks(item, SLACK_LIMITS.blocksPerMessage - blocks.length - 1));
  blocks.push(contextBlock(sourcingLine(item)));
  const gist = view === 'quotes' ? `${brief.quotes.length} quotes` : (brief.summary[0] ?? '');
  return { text: truncate(safeMrkdwn(`${title}: ${gist}`), SLACK_LIMITS.sectionText), blocks };
}

/** Each quote as a `>` block quote with its speaker in a context line, within `budget` blocks. */
function quoteBlocks({ brief }: BriefedArticle, budget: number): SlackBlock[] {
  if (brief.quotes.length === 0) return [sectionBlock('*Quotes*\nNo direct quotes in this story.')];
  const blocks: SlackBlock[] = [sectionBlock('*Quotes*')];
  const fits = Math.min(brief.quotes.length, Math.floor((budget - 2) / 2));
  for (const quote of brief.quotes.slice(0, fits)) {
    blocks.push(sectionBlock(asBlockQuote(safeMrkdwn(markQuote(quote)))), contextBlock(`— ${safeMrkdwn(describeSpeaker(quote))}`));
  }
  const left = brief.quotes.length - fits;
  if (left > 0) blocks.push(contextBlock(`…and ${left} more ${left === 1 ? 'quote' : 'quotes'} in the article.`));
  return blocks;
}
