import type { IngestOutcome } from './article-ingestor.js';
import { type IngestReport, summarizeReport } from './ingest-run.js';

const STATUS_TEXT = { ok: 'fetched', 'not-modified': 'not modified (304)', failed: 'FAILED', disabled: 'DISABLED' } as const;

/** The ingest CLI's output: per feed what was added, grouped and skipped, then totals. */
export function formatIngestReport(report: IngestReport): string {
  const lines: string[] = [];
  for (const feed of report.feeds) {
    lines.push(`${feed.feed.name} <${feed.feed.url}>: ${STATUS_TEXT[feed.status]}${feed.error ? `: ${feed.error}` : ''}`);
    lines.push(...describeOutcomes(feed.outcomes));
  }
  if (report.files) {
    lines.push('article files:');
    lines.push(...describeOutcomes(report.files.outcomes));
    for (const problem of report.files.problems) lines.push(`  ! ${problem.message}`);
  }
  const total = summarizeReport(report);
  lines.push(`added ${total.added}, grouped ${total.grouped}, skipped ${total.skipped}; ${total.failedFeeds} of ${report.feeds.length} feeds failing`);
  return lines.join('\n');
}

function describeOutcomes(outcomes: IngestOutcome[]): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    if (o.status === 'added') lines.push(`  + added    ${o.title}`);
    if (o.status === 'grouped') lines.push(`  ~ grouped  ${o.title} (same story as group ${o.groupId})`);
  }
  const skipped = outcomes.filter((o) => o.status === 'skipped');
  if (skipped.length > 0) {
    const reasons = new Map<string, number>();
    for (const o of skipped) reasons.set(o.reason, (reasons.get(o.reason) ?? 0) + 1);
    lines.push(`  = skipped  ${skipped.length} already known (${[...reasons].map(([r, n]) => `${n} by ${r}`).join(', ')})`);
  }
  return lines;
}
