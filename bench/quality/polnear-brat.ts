/**
 * Turns one PolNeAR article (its text and its brat `.ann` attribution file) into gold quotes, by the conventions of
 * ../shared/eval/quotes/README.md: every double-quoted segment, one per paragraph, is a quote when at least half of
 * it lies inside an attribution's Content span, and its speaker is that attribution's Source text. Used to score the
 * core on PolNeAR articles outside the shared dev and test splits (see `bench/quality/convert-polnear.ts`).
 */
import type { GoldQuote } from './quote-match.js';

export interface BratQuote extends GoldQuote {
  start: number;
  end: number;
  attribution: string;
  continues_previous_paragraph: boolean;
}

interface Span {
  type: string;
  ranges: [number, number][];
  text: string;
}

// The same pronoun list the shared sets flag with `speaker_is_pronoun`.
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'him', 'her', 'them', 'us', 'me', 'which', 'that']);

/** The annotation's lines; a span's text may run over a line break, so a line without an id continues the one before. */
function annotationLines(ann: string): string[] {
  const lines: string[] = [];
  for (const raw of ann.split('\n')) {
    if (/^[TEARN#]\d*\t/u.test(raw) || lines.length === 0) lines.push(raw);
    else lines[lines.length - 1] += `\n${raw}`;
  }
  return lines.filter((line) => line.trim());
}

/**
 * The gold quotes of one article. Throws when an annotation's offsets do not point at its text (a damaged or
 * re-encoded copy), so a bad file never scores silently.
 */
export function quotesFromBrat(text: string, ann: string): BratQuote[] {
  const spans = new Map<string, Span>();
  const events: { id: string; roles: Record<string, string> }[] = [];
  for (const line of annotationLines(ann)) {
    const [id = '', body = '', spanText = ''] = line.split('\t');
    if (id.startsWith('T')) {
      const type = body.slice(0, body.indexOf(' '));
      const ranges = body
        .slice(body.indexOf(' ') + 1)
        .split(';')
        .map((r) => r.split(' ').map(Number) as [number, number]);
      const expected = spanText.replace(/\n+$/u, '');
      if (ranges.length === 1 && text.slice(ranges[0]![0], ranges[0]![1]) !== expected) {
        throw new Error(`annotation ${id} is at ${ranges[0]![0]}-${ranges[0]![1]} but the text there is not ${JSON.stringify(expected)}`);
      }
      spans.set(id, { type, ranges, text: expected });
    } else if (id.startsWith('E')) {
      events.push({ id, roles: Object.fromEntries(body.trim().split(/\s+/u).map((role) => role.split(':') as [string, string])) });
    }
  }
  const attributions = events
    .filter((e) => e.roles.Content && spans.has(e.roles.Content))
    .map((e) => ({ id: e.id, content: spans.get(e.roles.Content!)!.ranges, source: e.roles.Source ? spans.get(e.roles.Source) : undefined }));

  const quotes: BratQuote[] = [];
  for (const segment of quotedSegments(text)) {
    let best: (typeof attributions)[number] | undefined;
    let bestOverlap = 0;
    for (const attribution of attributions) {
      const overlap = attribution.content.reduce((sum, [from, to]) => sum + Math.max(0, Math.min(to, segment.end) - Math.max(from, segment.start)), 0);
      if (overlap > bestOverlap) [best, bestOverlap] = [attribution, overlap];
    }
    if (!best || bestOverlap * 2 < segment.end - segment.start) continue;
    const speaker = best.source?.text ?? null;
    quotes.push({
      text: text.slice(segment.start, segment.end),
      speaker,
      speaker_is_pronoun: speaker !== null && PRONOUNS.has(speaker.trim().toLowerCase()),
      start: segment.start,
      end: segment.end,
      attribution: best.id,
      continues_previous_paragraph: segment.continues,
    });
  }
  return quotes;
}

/** Double-quoted segments, one per paragraph: a quote left open at a paragraph's end runs to that end. */
function quotedSegments(text: string): { start: number; end: number; continues: boolean }[] {
  const segments: { start: number; end: number; continues: boolean }[] = [];
  let offset = 0;
  let leftOpen = false;
  for (const paragraph of text.split('\n')) {
    let open: { mark: string; at: number; continues: boolean } | null = null;
    let first = true;
    for (let i = 0; i < paragraph.length; i++) {
      const c = paragraph[i]!;
      if (!open) {
        if (c === '“' || c === '"') open = { mark: c, at: i, continues: first && leftOpen && paragraph.slice(0, i).trim() === '' };
      } else if (c === '"' || c === '”') {
        segments.push({ start: offset + open.at + 1, end: offset + i, continues: open.continues });
        open = null;
        first = false;
      }
    }
    leftOpen = open !== null;
    if (open) segments.push({ start: offset + open.at + 1, end: offset + paragraph.length, continues: open.continues });
    offset += paragraph.length + 1;
  }
  return segments.filter((s) => s.end > s.start && text.slice(s.start, s.end).trim());
}
