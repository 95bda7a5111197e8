import { describe, expect, it } from 'vitest';
import type { BriefedArticle } from '../../../commands/types.js';
import { palette, renderConsoleReply } from '../../../src/adapters/console/render-console-reply.js';
import { makeBrief } from '../../../src/core/index.js';

const body = [
  'The band announced a reunion tour on Monday, ending years of speculation among fans.',
  '“We missed playing together more than we can say,” the singer Ann Wilson said at a press conference.',
  'Tickets go on sale next week in twelve cities across Europe and North America.',
  'Escape codes \u001b[2J\u001b[31mmust not clear the screen\u0007 in a terminal.',
].join('\n');

const item: BriefedArticle = {
  article: {
    title: 'Reunion \u001b]0;hijacked\u0007tour', slug: 'reunion', published: '2026-11-25T09:00:00.000Z', featured: false,
    tags: [], source: 'Example News', body, origin: 'test',
  },
  brief: makeBrief({ text: body, title: 'Reunion tour' }),
};

const ESC = '\u001b';

describe('renderConsoleReply', () => {
  it('shows the summary and each quote with its speaker for the brief view, plain when colour is off', () => {
    const text = renderConsoleReply({ kind: 'brief', item, view: 'brief', private: false }, palette(false));
    expect(text).toContain('Summary\n  The band announced a reunion tour');
    expect(text).toContain('“We missed playing together more than we can say,”\n      — the singer Ann Wilson');
    expect(text).not.toContain(ESC);
  });

  it('shows only quotes for the quotes view and only the summary for the summary view', () => {
    const quotes = renderConsoleReply({ kind: 'brief', item, view: 'quotes', private: false }, palette(false));
    expect(quotes).toContain('Quotes');
    expect(quotes).not.toContain('Summary');
    const summary = renderConsoleReply({ kind: 'brief', item, view: 'summary', private: false }, palette(false));
    expect(summary).toContain('Summary');
    expect(summary).not.toContain('Quotes');
  });

  it('colours headings and errors when colour is on', () => {
    expect(renderConsoleReply({ kind: 'brief', item, view: 'brief', private: false }, palette(true))).toContain(`${ESC}[36mSummary${ESC}[39m`);
    expect(renderConsoleReply({ kind: 'error', message: 'No story', private: true }, palette(true))).toBe(`${ESC}[31m✗ No story${ESC}[39m`);
  });

  it('GIVEN article text with terminal escape sequences THEN they are removed, even with colour on', () => {
    const article = renderConsoleReply({ kind: 'article', item, private: false }, palette(true));
    expect(article).toContain('must not clear the screen in a terminal.');
    expect(article).not.toContain(`${ESC}[2J`);
    expect(article).not.toContain(`${ESC}]0;`);
    expect(article).not.toContain('\u0007');
  });

  it('renders a digest as numbered stories with their lead sentence and the other outlets', () => {
    const digest = { localDate: '2026-11-25', timezone: 'Europe/London', from: new Date(0), to: new Date(0), entries: [{ item, alsoIn: ['Other Times'] }] };
    const text = renderConsoleReply({ kind: 'digest', digest, private: true }, palette(false));
    expect(text).toContain('Digest for 2026-11-25 (Europe/London)');
    expect(text).toMatch(/1\. Reunion .*tour\n {3}The band announced a reunion tour/);
    expect(text).toContain('Also in: Other Times');
  });

  it('shows each digest story’s top quote with its speaker, and the sourcing note when the story is unverified', () => {
    const rumour = 'Insiders say the band will split. “It is over,” a friend of the singer said. The label reportedly declined to comment.';
    const unverified: BriefedArticle = { article: { ...item.article, title: 'Split rumour', body: rumour, url: 'https://example.com/split' }, brief: makeBrief({ text: rumour, title: 'Split rumour' }) };
    const digest = { localDate: '2026-11-25', timezone: 'UTC', from: new Date(0), to: new Date(0), entries: [{ item, alsoIn: [] }, { item: unverified, alsoIn: [] }] };
    const text = renderConsoleReply({ kind: 'digest', digest, private: true }, palette(false));
    expect(text).toContain('   “We missed playing together more than we can say”\n      — the singer Ann Wilson');
    expect(text).toMatch(/2\. Split rumour\n {3}https:\/\/example\.com\/split\n/);
    expect(text).toMatch(/“It is over”\n {6}— a friend of the singer \(unnamed\)\n {3}Unverified: .*reportedly/);
    expect(text.split('Unverified').length).toBe(2);
  });
});
