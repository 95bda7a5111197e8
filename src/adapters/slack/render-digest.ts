import { describeSpeaker, digestEntryView, markQuote } from '../../../commands/digest-entry.js';
import type { Digest, DigestEntry } from '../../../commands/types.js';
import { type SlackBlock, type SlackMessage, articleLink, contextBlock, headerBlock, sectionBlock, sourceLine } from './blocks.js';
import { asBlockQuote, safeMrkdwn } from './slack-text.js';

/**
 * A daily digest as one message: a header, then per story its linked title, gist and top quote
 * with the speaker, and a context line with source, other outlets and the sourcing note.
 */
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
  const view = digestEntryView(entry);
  const heading = articleLink(view.url, view.headline) || safeMrkdwn(view.headline);
  const lines = [`*${heading}*`];
  if (view.gist.length > 0) lines.push(safeMrkdwn(view.gist.join(' ')));
  if (view.topQuote) lines.push(asBlockQuote(`${safeMrkdwn(markQuote(view.topQuote))} — ${safeMrkdwn(describeSpeaker(view.topQuote))}`));
  const details = [sourceLine(entry.item)];
  if (view.alsoIn.length > 0) details.push(`also in ${safeMrkdwn(view.alsoIn.join(', '))}`);
  if (view.sourcingNote) details.push(`:warning: ${safeMrkdwn(view.sourcingNote)}`);
  return [sectionBlock(lines.join('\n')), contextBlock(details.join(' · '))];
}

function windowLine(digest: Digest): string {
  const format = (d: Date) => {
    try {
      return d.toLocaleString('en-GB', { timeZone: digest.timezone, dateStyle: 'medium', timeStyle: 'short' });
    } catch {
      return d.toISOString(); // an unknown time zone must not cost the reader the digest
    }
  };
  return `Stories that arrived ${format(digest.from)} – ${format(digest.to)} (${digest.timezone})`;
}
