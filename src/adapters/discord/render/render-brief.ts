import type { APIEmbed } from 'discord.js';
import type { BriefView, BriefedArticle } from '../../../../commands/types.js';
import { LIMITS } from './discord-limits.js';
import { articleFooter, articleHeading, quoteBlock, sourcingField, summaryText } from './article-parts.js';
import { truncate } from './discord-text.js';

/** A brief as one embed: linked title, summary and/or quotes, the sourcing warning, source and date. */
export function renderBriefEmbed({ article, brief }: BriefedArticle, view: BriefView): APIEmbed {
  const quotes = brief.quotes.map(quoteBlock);
  const description =
    view === 'summary'
      ? summaryText(brief)
      : view === 'quotes'
        ? fitBlocks(quotes.length > 0 ? [] : ['*No direct quotes in this story.*'], quotes)
        : fitBlocks(quotes.length > 0 ? [summaryText(brief), '**Quotes**'] : [summaryText(brief)], quotes);
  const sourcing = sourcingField(brief);
  return {
    ...articleHeading(article, brief),
    description,
    ...(sourcing ? { fields: [sourcing] } : {}),
    footer: articleFooter(article),
  };
}

/**
 * Joins the leading blocks (always kept, cut if they must be) and then as many optional blocks as
 * fit, whole, saying how many were left out: a quote cut mid-sentence would misquote its speaker.
 */
function fitBlocks(leading: string[], optional: string[]): string {
  let text = truncate(leading.join('\n\n'), LIMITS.description);
  for (let i = 0; i < optional.length; i++) {
    const next = text ? `${text}\n\n${optional[i]}` : optional[i]!;
    const remaining = optional.length - i - 1;
    const reserve = remaining > 0 ? 40 : 0;
    if (next.length + reserve > LIMITS.description && !text) {
      text = truncate(next, LIMITS.description - reserve);
    } else if (next.length + reserve > LIMITS.description) {
      return `${text}\n\n*…and ${optional.length - i} more quotes.*`;
    } else {
      text = next;
    }
  }
  return text;
}
