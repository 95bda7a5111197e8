import type { types } from '@slack/bolt';
import type { BriefedArticle } from '../../../commands/types.js';
import { SLACK_LIMITS, safeMrkdwn, safePlainText, truncate } from './slack-text.js';

export type SlackBlock = types.KnownBlock;

/** One Slack message: Block Kit blocks plus the plain `text` Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** A header from untrusted text, cut to Slack's 150 characters. */
export function headerBlock(text: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(safePlainText(text), SLACK_LIMITS.headerText) || '(untitled)' } };
}

/**
 * A section from mrkdwn that is already safe. `verbatim` stops Slack from turning bare channel
 * names or URLs in article text into links or mentions.
 */
export function sectionBlock(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.sectionText) || ' ', verbatim: true } };
}

/** A context line (small grey text) from mrkdwn that is already safe. */
export function contextBlock(mrkdwn: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.contextText) || ' ', verbatim: true }] };
}

/** "source · date · link": where the story comes from. */
export function sourceLine({ article }: BriefedArticle): string {
  const parts = [article.source ?? article.author, article.published.slice(0, 10)].filter((p): p is string => Boolean(p)).map(safeMrkdwn);
  const link = articleLink(article.url, 'read the article');
  if (link) parts.push(link);
  return parts.join(' · ');
}

/** A Slack link to an http(s) URL, or '' for none; `<`, `>` and `|` would break Slack's link syntax. */
export function articleLink(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\//u.test(url)) return '';
  return `<${url.replace(/[<>|]/gu, encodeURIComponent)}|${safeMrkdwn(label)}>`;
}

/** The sourcing note: shown on every brief so readers know how solid the story is. */
export function sourcingLine({ brief }: BriefedArticle): string {
  if (!brief.sourcing.unverified) return ':white_check_mark: Sourcing: no hedged or unnamed sourcing found.';
  const cues = brief.sourcing.cues.join('; ') || 'unnamed speakers';
  return `:warning: Sourcing: unverified. The story rests on hedged or unnamed sources (${safeMrkdwn(cues)}).`;
}
