import type { Reply } from '../../../../commands/types.js';
import { type DiscordMessage, discordMessage } from './discord-message.js';
import { LIMITS } from './discord-limits.js';
import { neutralizePings, splitText } from './discord-text.js';
import { renderArticleMessages } from './render-article.js';
import { renderBriefEmbed } from './render-brief.js';
import { renderDigestMessage } from './render-digest.js';

/**
 * The one place neutral replies become Discord messages. Always at least one message; every
 * message has mentions disabled and fits Discord's limits; private replies are ephemeral.
 */
export function renderReply(reply: Reply): DiscordMessage[] {
  switch (reply.kind) {
    case 'brief':
      return [discordMessage({ embeds: [renderBriefEmbed(reply.item, reply.view)] }, reply.private)];
    case 'article':
      return renderArticleMessages(reply.item).map((embeds) => discordMessage({ embeds }, reply.private));
    case 'digest':
      return [discordMessage(renderDigestMessage(reply.digest), reply.private)];
    case 'text': {
      const pieces = splitText(neutralizePings(reply.text), LIMITS.content);
      return (pieces.length > 0 ? pieces : ['(empty)']).map((content) => discordMessage({ content }, reply.private));
    }
    case 'error':
      return [discordMessage({ content: `⚠️ ${neutralizePings(reply.message)}` }, true)];
  }
}
