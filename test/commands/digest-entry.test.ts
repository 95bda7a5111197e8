import { describe, expect, it } from 'vitest';
import { describeSpeaker, digestEntryView, markQuote, pickGist, pickTopQuote } from '../../commands/digest-entry.js';
import type { DigestEntry } from '../../commands/types.js';
import { makeBrief, type Quote } from '../../src/core/index.js';

function entry(body: string, alsoIn: string[] = []): DigestEntry {
  const article = { title: 'Band announces reunion tour', slug: 'reunion', published: '2026-11-25T09:00:00.000Z', featured: false, tags: [], body, origin: 'test', url: 'https://example.com/reunion' };
  return { item: { article, brief: makeBrief({ text: body, title: article.title }) }, alsoIn };
}

const quote = (text: string, speaker: string | null, named = true, partial = false): Quote => ({ text, speaker, named, partial, start: 0, end: text.length });

describe('digestEntryView', () => {
  it('GIVEN a sourced story with a named speaker THEN it shows the headline, gist, the quote with its speaker, and no sourcing note', () => {
    const view = digestEntryView(entry('Robert Plant played a surprise show in Bristol on Friday. “I loved every minute of it and I will be back,” Plant said. The set ran two hours.', ['NME']));
    expect(view.headline).toBe('Band announces reunion tour');
    expect(view.url).toBe('https://example.com/reunion');
    expect(view.gist[0]).toBe('Robert Plant played a surprise show in Bristol on Friday.');
    expect(view.topQuote).toMatchObject({ text: 'I loved every minute of it and I will be back', speaker: 'Plant', named: true, cut: false });
    expect(view.unverified).toBe(false);
    expect(view.sourcingNote).toBeNull();
    expect(view.alsoIn).toEqual(['NME']);
  });

  it('GIVEN a story resting on an insider THEN the quote keeps its unnamed speaker and the note names the cues', () => {
    const view = digestEntryView(entry('Sources say the album is done. “It is the best thing we have made,” an insider said. The label reportedly plans a spring release.'));
    expect(view.topQuote).toMatchObject({ text: 'It is the best thing we have made', named: false });
    expect(describeSpeaker(view.topQuote!)).toBe(`${view.topQuote!.speaker} (unnamed)`);
    expect(view.unverified).toBe(true);
    expect(view.sourcingNote).toMatch(/^Unverified: .*\(.*reportedly.*\)\.$/u);
  });

  it('GIVEN a summary sentence that carries the top quote THEN the gist leaves it out rather than show the quote twice', () => {
    const view = digestEntryView(entry('The band announced a reunion tour on Monday. “We missed the stage,” said Ann Smith, the singer. Tickets go on sale Friday in twelve cities.'));
    expect(view.topQuote).toMatchObject({ text: 'We missed the stage', speaker: 'Ann Smith' });
    expect(view.gist.join(' ')).toContain('The band announced a reunion tour on Monday.');
    expect(view.gist.join(' ')).not.toContain('We missed the stage');
  });

  it('GIVEN a story without quotes THEN there is no top quote', () => {
    expect(digestEntryView(entry('The band announced a reunion tour on Monday. Tickets go on sale Friday in twelve cities.')).topQuote).toBeNull();
  });
});

describe('pickGist', () => {
  it('keeps two short sentences, and only the first when the second would pass the word limit', () => {
    expect(pickGist(['One two three.', 'Four five six.', 'Seven.'])).toEqual(['One two three.', 'Four five six.']);
    expect(pickGist(['One two three.', 'Four five six.'], 5)).toEqual(['One two three.']);
  });

  it('cuts a first sentence longer than the limit at a word, with an ellipsis', () => {
    expect(pickGist(['Alpha beta gamma, delta epsilon zeta.'], 4)).toEqual(['Alpha beta gamma, delta…']);
    expect(pickGist(['Alpha beta gamma, delta epsilon zeta.'], 3)).toEqual(['Alpha beta gamma…']);
  });

  it('gives nothing when no sentence stood as a summary', () => {
    expect(pickGist([])).toEqual([]);
  });
});

describe('pickTopQuote', () => {
  it('prefers a whole quote from a named speaker over earlier unnamed or partial ones', () => {
    const picked = pickTopQuote([quote('Earlier words', 'a friend', false), quote('a fragment', 'Jimmy Page', true, true), quote('The whole thing', 'Jimmy Page')]);
    expect(picked).toMatchObject({ text: 'The whole thing', speaker: 'Jimmy Page' });
  });

  it('falls back to any attributed quote, but never to an unattributed one', () => {
    expect(pickTopQuote([quote('Nobody said this', null), quote('A friend said this', 'a friend', false)])?.text).toBe('A friend said this');
    expect(pickTopQuote([quote('Nobody said this', null)])).toBeNull();
    expect(pickTopQuote([])).toBeNull();
  });

  it('skips a quote too long to show when a shorter one exists', () => {
    const long = quote(`${'word '.repeat(80)}end`, 'Jimmy Page');
    expect(pickTopQuote([long, quote('Short and sweet', 'a friend', false)])?.text).toBe('Short and sweet');
  });

  it('cuts the only quote at a word boundary with an ellipsis when it is too long', () => {
    const picked = pickTopQuote([quote(`${'music '.repeat(70)}end`, 'Jimmy Page')])!;
    expect(picked.cut).toBe(true);
    expect(picked.text.length).toBeLessThanOrEqual(300);
    expect(picked.text).toMatch(/music…$/u);
  });

  it('folds line breaks inside a quote into spaces', () => {
    expect(pickTopQuote([quote('Two\n  lines', 'Ann Smith')])?.text).toBe('Two lines');
  });
});

describe('markQuote and describeSpeaker', () => {
  it('marks a fragment with ellipses and names who said it the way briefs do', () => {
    expect(markQuote({ text: 'a warm night', partial: true })).toBe('…“a warm night”…');
    expect(markQuote({ text: 'Hello', partial: false })).toBe('“Hello”');
    expect(describeSpeaker({ speaker: 'Ann Smith', named: true })).toBe('Ann Smith');
    expect(describeSpeaker({ speaker: 'his wife', named: false })).toBe('his wife (unnamed)');
    expect(describeSpeaker({ speaker: null, named: false })).toBe('unattributed');
  });
});
