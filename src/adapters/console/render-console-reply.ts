import { describeSpeaker, digestEntryView, markQuote } from '../../../commands/digest-entry.js';
import type { BriefedArticle, BriefView, Digest, Reply } from '../../../commands/index.js';

/** ANSI styles used in a terminal; with colour off every style is the identity. */
export interface Palette {
  title(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  error(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

export function palette(colour: boolean): Palette {
  if (!colour) return { title: plain, heading: plain, dim: plain, warn: plain, error: plain };
  return { title: ansi(1, 22), heading: ansi(36, 39), dim: ansi(2, 22), warn: ansi(33, 39), error: ansi(31, 39) };
}

/**
 * A command's reply as terminal text. Article text passes through `clean` first: it comes from
 * files and feeds, and an escape sequence in it must not be able to rewrite the terminal.
 */
export function renderConsoleReply(reply: Reply, p: Palette): string {
  switch (reply.kind) {
    case 'brief':
      return renderBrief(reply.item, reply.view, p);
    case 'article':
      return renderArticle(reply.item, p);
    case 'digest':
      return renderDigest(reply.digest, p);
    case 'text':
      return clean(reply.text);
    case 'error':
      return p.error(`✗ ${clean(reply.message)}`);
  }
}

function renderBrief({ brief }: BriefedArticle, view: BriefView, p: Palette): string {
  const lines = [p.title(clean(brief.title ?? '(untitled article)'))];
  if (view !== 'quotes') {
    lines.push('', p.heading('Summary'));
    for (const sentence of brief.summary) lines.push(`  ${clean(sentence)}`);
    if (brief.summary.length === 0) lines.push(p.dim('  (no sentence could stand as a summary)'));
  }
  if (view !== 'summary') {
    lines.push('', p.heading('Quotes'));
    for (const quote of brief.quotes) lines.push(`  ${clean(markQuote(quote))}`, p.dim(`      — ${clean(describeSpeaker(quote))}`));
    if (brief.quotes.length === 0) lines.push(p.dim('  (no direct quotes)'));
  }
  if (view === 'brief' && brief.sourcing.unverified) {
    const cues = brief.sourcing.cues.join('; ') || 'unnamed speakers';
    lines.push('', p.warn(`Sourcing: unverified. The story rests on hedged or unnamed sources (${clean(cues)}).`));
  }
  return lines.join('\n');
}

function renderArticle({ article }: BriefedArticle, p: Palette): string {
  const byline = [article.author, article.source, article.published.slice(0, 10)].filter(Boolean).join(' · ');
  const lines = [p.title(clean(article.title)), p.dim(clean(byline))];
  if (article.url) lines.push(p.dim(clean(article.url)));
  return [...lines, '', clean(article.body.trim())].join('\n');
}

/** Per story: numbered headline, its link, the gist, the top quote and speaker, the sourcing note, other outlets. */
function renderDigest(digest: Digest, p: Palette): string {
  const lines = [p.title(`Digest for ${digest.localDate} (${digest.timezone})`)];
  if (digest.entries.length === 0) lines.push(p.dim('  No news in this window: a scheduled digest would post nothing.'));
  digest.entries.forEach((entry, index) => {
    const view = digestEntryView(entry);
    lines.push('', `${index + 1}. ${p.heading(clean(view.headline))}`);
    if (view.url) lines.push(p.dim(`   ${clean(view.url)}`));
    if (view.gist.length > 0) lines.push(`   ${clean(view.gist.join(' '))}`);
    if (view.topQuote) lines.push(`   ${clean(markQuote(view.topQuote))}`, p.dim(`      — ${clean(describeSpeaker(view.topQuote))}`));
    if (view.sourcingNote) lines.push(p.warn(`   ${clean(view.sourcingNote)}`));
    if (view.alsoIn.length > 0) lines.push(p.dim(`   Also in: ${clean(view.alsoIn.join(', '))}`));
  });
  return lines.join('\n');
}

/** Drops control characters (escape sequences, bells, carriage returns) but keeps lines and tabs. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
