import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefedArticle, Digest, DigestEntry, Reply } from '../../../commands/types.js';
import { renderSlackReply, type SlackMessage } from '../../../src/adapters/slack/render.js';
import { ArticleLibrary } from '../../../src/news/article-library.js';
import { blockKitProblems, briefedArticle } from './slack-test-kit.js';

const articlesDir = fileURLToPath(new URL('../../../data/articles', import.meta.url));
let featured: BriefedArticle;
beforeAll(async () => {
  featured = (await new ArticleLibrary(articlesDir).load()).featured()!;
});

const hostile = () =>
  briefedArticle(
    [
      '<!channel> Led Zeppelin fans gathered in London on Friday for a *bold* tribute & a late show.',
      '“Everyone should hear this, @here and @everyone,” the promoter <@U123> said.',
      'Insiders reportedly believe a <!here> reunion is near, according to sources close to the band.',
    ].join('\n'),
    { title: '<!channel> *Bold* news @here' },
  );

const digestOf = (entries: DigestEntry[]): Digest => ({ localDate: '2026-11-25', timezone: 'UTC', from: new Date(0), to: new Date(0), entries });

function texts(messages: SlackMessage[]): string {
  return JSON.stringify(messages);
}

function sectionTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

function contextTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((b) => (b.type === 'context' ? b.elements.map((e) => ('text' in e ? e.text : '')) : []));
}

describe('renderSlackReply', () => {
  it('renders the featured brief as a header, the summary, each quote as a > line with its speaker, and the sourcing note', () => {
    const { messages, private: isPrivate } = renderSlackReply({ kind: 'brief', item: featured, view: 'brief', private: false });
    expect(isPrivate).toBe(false);
    expect(messages).toHaveLength(1);
    const [message] = messages as [SlackMessage];
    expect(message.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: featured.article.title } });
    expect(sectionTexts(message)[0]).toContain(featured.brief.summary[0]!.slice(0, 40));
    expect(sectionTexts(message)).toContain('>“This isn’t just a song,”');
    expect(contextTexts(message)).toContain('— his wife (unnamed)');
    expect(contextTexts(message).at(-1)).toMatch(/^:warning: Sourcing: unverified\. .*reportedly/u);
    expect(message.text).toContain('Jimmy Page is writing his farewell');
  });

  it('shows only what the view asks for', () => {
    const summary = renderSlackReply({ kind: 'brief', item: featured, view: 'summary', private: false }).messages[0]!;
    const quotes = renderSlackReply({ kind: 'brief', item: featured, view: 'quotes', private: true }).messages[0]!;
    expect(sectionTexts(summary).join()).not.toContain('>“');
    expect(sectionTexts(quotes).join()).not.toContain('*Summary*');
    expect(sectionTexts(quotes).join()).toContain('>“');
  });

  it('renders an article with <!channel>, @here, <@U123> and *bold* harmlessly, yet readably', () => {
    const replies: Reply[] = [
      { kind: 'brief', item: hostile(), view: 'brief', private: false },
      { kind: 'article', item: hostile(), private: false },
    ];
    for (const reply of replies) {
      const { messages } = renderSlackReply(reply);
      const all = texts(messages);
      expect(all).not.toMatch(/<!channel>|<!here>|<@U123>|<!everyone>/u);
      expect(all).not.toMatch(/@(here|everyone|channel)\b/u);
      // Markup only matters where Slack reads mrkdwn (a header is plain text, shown as typed).
      const mrkdwn = messages.flatMap((m) => [m.text, ...sectionTexts(m), ...contextTexts(m)]).join('\n');
      expect(mrkdwn).not.toMatch(/\*bold\*|\*Bold\*/u);
      expect(mrkdwn).toMatch(/∗[Bb]old∗/u);
      expect(all).toContain('&lt;!channel&gt;');
    }
    expect(texts(renderSlackReply(replies[1]!).messages)).toContain('&lt;!channel&gt; Led Zeppelin fans gathered in London on Friday for a ∗bold∗ tribute &amp; a late show.');
  });

  it('keeps a channel link in bot text but escapes anything the user typed', () => {
    const message = renderSlackReply({ kind: 'text', text: '<#C0NEWS> gets a digest. "<!channel>" is not a channel.', private: true }).messages[0]!;
    expect(message.text).toContain('<#C0NEWS>');
    expect(message.text).toContain('&lt;!channel&gt;');
  });

  it('cuts a headline longer than 150 characters with an ellipsis', () => {
    const item = briefedArticle('A short story. It has two sentences.', { title: 'Long '.repeat(60).trim() });
    const header = renderSlackReply({ kind: 'brief', item, view: 'brief', private: false }).messages[0]!.blocks[0]!;
    expect(header.type === 'header' && header.text.text.length).toBe(150);
    expect(header.type === 'header' && header.text.text.endsWith('…')).toBe(true);
  });

  it('keeps a brief with many quotes under 50 blocks and says how many were left out', () => {
    const body = Array.from({ length: 40 }, (_, i) => `“Quote number ${i} is here,” said Robert Plant${i}.`).join('\n');
    const message = renderSlackReply({ kind: 'brief', item: briefedArticle(body), view: 'quotes', private: false }).messages[0]!;
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(contextTexts(message).join('\n')).toMatch(/…and \d+ more quotes in the article\./u);
  });

  it('spreads a long article over several messages, in order, each within Slack’s limits', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Paragraph ${i} begins. ${'Words about music keep going. '.repeat(15)}`);
    const item = briefedArticle([...paragraphs, 'x'.repeat(7000)].join('\n'));
    const { messages } = renderSlackReply({ kind: 'article', item, private: false });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(5);
    const sections = messages.flatMap(sectionTexts);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(3000);
    const order = sections.join('\n').match(/Paragraph \d+ begins/gu)!.map((m) => Number(m.split(' ')[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(0);
    expect(messages[1]!.text).toMatch(/\(continued, part 2 of \d\)$/u);
  });

  it('renders a digest as one story per section, with where else it ran', () => {
    const digest: Digest = {
      localDate: '2026-11-25',
      timezone: 'Europe/London',
      from: new Date('2026-11-24T09:00:00Z'),
      to: new Date('2026-11-25T09:00:00Z'),
      entries: [{ item: featured, alsoIn: ['NME', 'Rolling Stone'] }, { item: hostile(), alsoIn: [] }],
    };
    const message = renderSlackReply({ kind: 'digest', digest, private: false }).messages[0]!;
    expect(message.text).toBe('Music news for 2026-11-25: 2 stories');
    expect(sectionTexts(message)[0]).toContain('Jimmy Page is writing his farewell');
    expect(contextTexts(message).join('\n')).toContain('also in NME, Rolling Stone');
    expect(sectionTexts(message)[0]).toContain('\n>“This isn’t just a song” — his wife (unnamed)');
    expect(contextTexts(message).join('\n')).toMatch(/:warning: Unverified: .*reportedly/u);
    const empty = renderSlackReply({ kind: 'digest', digest: { ...digest, entries: [] }, private: true }).messages[0]!;
    expect(sectionTexts(empty)).toEqual(['No new stories in this window.']);
  });

  it('shows a digest story’s linked headline, gist and named speaker, with no sourcing warning when sourcing is fine', () => {
    const item = briefedArticle('The band announced a reunion tour on Monday. “We missed the stage,” said Ann Smith, the singer. Tickets go on sale Friday.', { url: 'https://example.com/reunion' });
    const message = renderSlackReply({ kind: 'digest', digest: digestOf([{ item, alsoIn: [] }]), private: false }).messages[0]!;
    const [section] = sectionTexts(message);
    expect(section).toMatch(/^\*<https:\/\/example\.com\/reunion\|A test story>\*\nThe band announced a reunion tour on Monday\./u);
    expect(section).toContain('>“We missed the stage” — Ann Smith');
    expect(contextTexts(message).join('\n')).not.toContain('Unverified');
  });

  it('keeps a digest of ten long, hostile stories within 50 blocks and harmless', () => {
    const long = briefedArticle(Array.from({ length: 30 }, (_, i) => `“<!channel> ${'Loud words keep going. '.repeat(20)}” said Robert Plant${i}. ${'Filler here. '.repeat(30)}`).join('\n'), { title: '<!here> *Big* story' });
    const digest = digestOf(Array.from({ length: 12 }, () => ({ item: long, alsoIn: ['@everyone Weekly'] })));
    const message = renderSlackReply({ kind: 'digest', digest, private: false }).messages[0]!;
    expect(blockKitProblems(message.blocks)).toEqual([]);
    expect(JSON.stringify(message)).not.toMatch(/<!channel>|<!here>|@everyone\b/u);
    for (const section of sectionTexts(message)) expect(section).toMatch(/— Robert Plant\d+$/u);
  });

  it('produces blocks that Slack’s Block Kit schema accepts, for every kind of reply', () => {
    const digest = digestOf([{ item: hostile(), alsoIn: ['NME'] }]);
    const long = briefedArticle(Array.from({ length: 300 }, (_, i) => `Paragraph ${i}. ${'Song and story. '.repeat(40)}`).join('\n'));
    const replies: Reply[] = [
      ...(['brief', 'summary', 'quotes'] as const).map((view) => ({ kind: 'brief' as const, item: featured, view, private: false })),
      { kind: 'brief', item: hostile(), view: 'brief', private: false },
      { kind: 'article', item: featured, private: false },
      { kind: 'article', item: long, private: false },
      { kind: 'digest', digest, private: false },
      { kind: 'digest', digest: { ...digest, entries: [] }, private: false },
      { kind: 'text', text: 'Usage: `/farewell [brief]`', private: true },
      { kind: 'error', message: 'No featured story right now.', private: true },
    ];
    for (const reply of replies) {
      for (const message of renderSlackReply(reply).messages) {
        expect(blockKitProblems(message.blocks), `${reply.kind}`).toEqual([]);
        expect(message.text.length).toBeGreaterThan(0);
      }
    }
  });
});
