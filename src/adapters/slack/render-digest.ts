import type { Digest, DigestEntry } from '../../../commands/types.js';
import { type SlackBlock, type SlackMessage, articleLink, contextBlock, headerBlock, sectionBlock, sourceLine } from './blocks.js';
import { safeMrkdwn } from './slack-text.js';

/** A daily digest as one message: a header, then each story's title, gist, source and sourcing flag. */
export function renderDigestMessage(digest: Digest): SlackMessage {
  const heading = `Music news for ${digest.localDate}`;
  const blocks: SlackBlock[] = [headerBlock(heading), contextBlock(safeMrkdwn(windowLine(digest)))];
  if (digest.entries.length === 0) {
    blocks.push(sectionBlock('No new stories in this window.'));
    return { text: `${heading}: no new stories`, blocks };
  }
  // At most 10 entries of 2 blocks each keeps a digest well under the 50-block limit.
  for (const entry of digest.entries.slice(0, 10)) blocks.push(...entryBlocks(entry));
  const count = digest.entries.length;
  return { text: `${heading}: ${count} ${count === 1 ? 'story' : 'stories'}`, blocks };
}

function entryBlocks(entry: DigestEntry): SlackBlock[] {
  const { article, brief } = entry.item;
  const title = article.title;
  const heading = articleLink(article.url, title) || safeMrkdwn(title);
  const gist = brief.summary[0] ? `\n${safeMrkdwn(brief.summary[0])}` : '';
  const details = [sourceLine(entry.item)];
  if (entry.alsoIn.length > 0) details.push(`also in ${safeMrkdwn(entry.alsoIn.join(', '))}`);
  if (brief.sourcing.unverified) details.push(':warning: unverified sourcing');
  return [sectionBlock(`*${heading}*${gist}`), contextBlock(details.join(' · '))];
}

function windowLine(digest: Digest): string {
  const format = (d: Date) => {
    try {
      return d.toLocaleString('en-GB', { timeZone: digest.timezone, dateStyle: 'medium', timeStyle: 'short' });
    } catch {
      return d.toISOString(); // an unknown time zone must not cost the reader the digest
    }
  };
  return `Stories published ${format(digest.from)} – ${format(digest.to)} (${digest.timezone})`;
}
