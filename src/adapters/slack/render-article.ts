import type { BriefedArticle } from '../../../commands/types.js';
import { type SlackBlock, type SlackMessage, articleLink, contextBlock, headerBlock, sectionBlock, sourceLine } from './blocks.js';
import { SLACK_LIMITS, safeMrkdwn, truncate } from './slack-text.js';

/**
 * A slash command may answer once in its acknowledgement and five more times through its
 * `response_url`; we stay within the five so every part of an article arrives.
 */
export const MAX_ARTICLE_MESSAGES = 5;
/** Characters of article text per message: keeps each message far below Slack's 40,000-character cut. */
const MESSAGE_TEXT_BUDGET = 12_000;

/** The full article over as many messages as it needs (at most five), paragraphs kept whole where they fit. */
export function renderArticleMessages(item: BriefedArticle): SlackMessage[] {
  const title = item.brief.title ?? item.article.title;
  const sections = toSections(item.article.body);
  const pages: SlackBlock[][] = [[headerBlock(title), contextBlock(sourceLine(item))]];
  let pageText = 0;
  for (const section of sections) {
    let page = pages[pages.length - 1]!;
    if (page.length + 1 >= SLACK_LIMITS.blocksPerMessage || pageText + section.length > MESSAGE_TEXT_BUDGET) {
      if (pages.length === MAX_ARTICLE_MESSAGES) {
        page.push(contextBlock(cutNote(item)));
        break;
      }
      pages.push((page = []));
      pageText = 0;
    }
    page.push(sectionBlock(section));
    pageText += section.length;
  }
  return pages.map((blocks, i) => ({
    text: truncate(safeMrkdwn(i === 0 ? title : `${title} (continued, part ${i + 1} of ${pages.length})`), SLACK_LIMITS.sectionText),
    blocks,
  }));
}

function cutNote({ article }: BriefedArticle): string {
  const link = articleLink(article.url, 'Read the rest');
  return `The article is longer than one Slack answer can carry; it stops here.${link ? ` ${link}.` : ''}`;
}

/** Paragraphs as safe mrkdwn, packed into sections of at most 3,000 characters. */
function toSections(body: string): string[] {
  const sections: string[] = [];
  let current = '';
  for (const paragraph of body.split(/\n+/u).map((p) => p.trim()).filter(Boolean)) {
    for (const piece of splitLong(safeMrkdwn(paragraph), SLACK_LIMITS.sectionText)) {
      if (current && current.length + 2 + piece.length > SLACK_LIMITS.sectionText) {
        sections.push(current);
        current = '';
      }
      current = current ? `${current}\n\n${piece}` : piece;
    }
  }
  if (current) sections.push(current);
  return sections;
}

/** Splits an over-long paragraph at spaces (never inside an entity such as `&amp;`). */
function splitLong(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let at = rest.lastIndexOf(' ', max);
    if (at <= 0) at = max - (/&[a-z]{0,4}$/u.exec(rest.slice(0, max))?.[0].length ?? 0);
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
