import type { Brief } from '../core/index.js';

/** A brief as plain text for a terminal or a log: title, summary, quotes with speakers, sourcing note. */
export function formatBriefText(brief: Brief): string {
  const lines: string[] = [brief.title ?? '(untitled article)', ''];
  lines.push('Summary');
  for (const sentence of brief.summary) lines.push(`  ${sentence}`);
  if (brief.summary.length === 0) lines.push('  (no sentence could stand as a summary)');
  if (brief.quotes.length > 0) {
    lines.push('', 'Quotes');
    for (const quote of brief.quotes) {
      const text = quote.partial ? `…“${quote.text}”…` : `“${quote.text}”`;
      lines.push(`  ${text}`, `      — ${describeSpeaker(quote.speaker, quote.named)}`);
    }
  }
  if (brief.sourcing.unverified) {
    lines.push('', `Sourcing: unverified. The story rests on hedged or unnamed sources (${brief.sourcing.cues.join('; ') || 'unnamed speakers'}).`);
  }
  return lines.join('\n');
}

function describeSpeaker(speaker: string | null, named: boolean): string {
  if (speaker === null) return 'unattributed';
  return named ? speaker : `${speaker} (unnamed)`;
}
