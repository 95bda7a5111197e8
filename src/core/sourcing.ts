import type { Quote, Sourcing } from './types.js';

// Cues that the story rests on people who are not named.
const ANONYMOUS_CUES: RegExp[] = [
  /\b(?:sources?|insiders?|friends?|aides?|associates?|confidants?|people|persons?|someone|those|one) (?:close to|familiar with|with knowledge of|briefed on|in the know)\b/giu,
  /\b(?:a |an |one |two |several |multiple |some )?(?:(?:unnamed|anonymous|senior|close|industry|music|label|band|music industry|longtime) )?(?:sources?|insiders?|friends|pals|aides|associates|confidants|observers) (?:say|said|says|believe|believes|claim|claimed|claims|told|tell|tells|reveal|revealed|reveals|suggest|suggested|suggests|insist|insisted|think|thinks|fear|fears|report|reported|note|noted|add|added)\b/giu,
  /\b(?:a|one) (?:source|insider|friend|pal|aide|associate|confidant)\b(?= (?:said|says|told|tells|added|claimed|revealed|noted))/giu,
  /\bon (?:the )?condition of anonymity\b|\b(?:spoke|speaking) anonymously\b|\b(?:declined|asked|requested) not to be (?:named|identified)\b|\bwho (?:declined|asked) to remain anonymous\b/giu,
  /\baccording to (?:(?:a|an|one|two|several|some|unnamed|anonymous|those|people|sources?|insiders?|friends?|reports?|rumou?rs?|a person|someone)\b[^,.;]{0,40}?)(?=[,.;]|$)/gimu,
];

// Hedges that the reporter could not confirm what follows.
const HEDGE_CUES: RegExp[] = [
  /\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red|unconfirmed|is said to|are said to|was said to|were said to|is believed to|are believed to|is thought to|are thought to)\b/giu,
];

/**
 * Flags a story that rests on hedged or anonymous sourcing. Cues inside quotation marks are the
 * speaker's words, not the reporter's, so the quoted spans are masked first.
 */
export function assessSourcing(article: string, quotes: Quote[]): Sourcing {
  let reporterText = article;
  for (const q of quotes) reporterText = reporterText.slice(0, q.start) + ' '.repeat(q.end - q.start) + reporterText.slice(q.end);
  reporterText = reporterText.replace(/[“"«][^”"»\n]{0,80}[”"»]/gu, (m) => ' '.repeat(m.length));

  const anonymous = findCues(reporterText, ANONYMOUS_CUES);
  const hedges = findCues(reporterText, HEDGE_CUES);
  const unnamedQuotes = quotes.filter((q) => !q.named).length;
  const unnamedQuoteShare = quotes.length ? unnamedQuotes / quotes.length : 0;
  const namedQuotes = quotes.length - unnamedQuotes;

  const unverified =
    anonymous.length > 0 ||
    (hedges.length > 0 && (namedQuotes === 0 || hedges.length >= 2)) ||
    (quotes.length >= 2 && unnamedQuoteShare > 0.5 && namedQuotes === 0);
  return { unverified, cues: dedupe([...anonymous, ...hedges]), unnamedQuoteShare };
}

interface Cue {
  at: number;
  end: number;
  cue: string;
}

function findCues(text: string, patterns: RegExp[]): Cue[] {
  const found: Cue[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const cue = m[0].trim().replace(/\s+/gu, ' ');
      // "Friends say" opening a sentence reads "friends say" in a list of cues; names keep their case.
      found.push({ at: m.index, end: m.index + m[0].length, cue: /^\p{Lu}\p{Ll}/u.test(cue) ? cue[0]!.toLowerCase() + cue.slice(1) : cue });
    }
  }
  return found;
}

/** In article order; a cue inside a longer one ("those close to" in "according to those close to") counts once. */
function dedupe(found: Cue[]): string[] {
  const sorted = found.sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: Cue[] = [];
  for (const cue of sorted) {
    const last = kept[kept.length - 1];
    if (last && cue.end <= last.end) continue;
    kept.push(cue);
  }
  return [...new Set(kept.map((c) => c.cue))];
}
