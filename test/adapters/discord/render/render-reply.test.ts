import { describe, expect, it } from 'vitest';
import type { Digest, Reply } from '../../../../commands/types.js';
import { embedLength } from '../../../../src/adapters/discord/render/discord-message.js';
import { renderReply } from '../../../../src/adapters/discord/render/render-reply.js';
import { ArticleLibrary } from '../../../../src/news/article-library.js';
import { specErrors } from '../discord-openapi.js';
import { briefed } from '../discord-fixtures.js';

const featured = (await new ArticleLibrary(new URL('../../../../data/articles', import.meta.url).pathname).load()).featured()!;
const hostile = briefed({
  title: '@everyone **BREAKING** <@123>',
  author: '@here',
  body: '@everyone look! <@123> and <@&42> said **this** is _huge_. “Ping @here now,” said Ann Smith. # heading\n> quote line\n[link](https://evil.example) ||spoiler||',
});
const huge = briefed({
  title: `${'Very long headline word '.repeat(30)}end`,
  body: Array.from({ length: 60 }, (_, i) => `“Quote number ${i} ${'is long and goes on '.repeat(12)}end,” said Speaker ${i}. ${'Filler sentence with many words here. '.repeat(8)}`).join('\n'),
});

const rumour = briefed({
  title: `@everyone ${'Rumour headline word '.repeat(20)}`,
  body: `Insiders say the band will split, according to sources close to the label. “${'It is over and everyone knows it, '.repeat(12)}done,” a friend of the singer said. ${'The label reportedly declined to comment on the matter. '.repeat(6)}`,
});

function digestOf(count: number): Digest {
  const entries = Array.from({ length: count }, (_, i) => ({ item: i % 2 ? huge : featured, alsoIn: ['Rolling Stone', 'NME', '@everyone Weekly'] }));
  return { localDate: '2026-11-25', timezone: 'Europe/London', from: new Date('2026-11-24T09:00:00Z'), to: new Date('2026-11-25T09:00:00Z'), entries };
}

const replies: [string, Reply][] = [
  ['brief', { kind: 'brief', item: featured, view: 'brief', private: false }],
  ['summary', { kind: 'brief', item: featured, view: 'summary', private: false }],
  ['quotes', { kind: 'brief', item: featured, view: 'quotes', private: true }],
  ['huge brief', { kind: 'brief', item: huge, view: 'brief', private: false }],
  ['huge quotes', { kind: 'brief', item: huge, view: 'quotes', private: false }],
  ['hostile brief', { kind: 'brief', item: hostile, view: 'brief', private: false }],
  ['article', { kind: 'article', item: featured, private: false }],
  ['huge article', { kind: 'article', item: huge, private: false }],
  ['digest of 12', { kind: 'digest', digest: digestOf(12), private: false }],
  ['empty digest', { kind: 'digest', digest: digestOf(0), private: false }],
  ['text', { kind: 'text', text: `See <#123>. ${'word '.repeat(700)}`, private: true }],
  ['error', { kind: 'error', message: 'No featured story @everyone', private: true }],
  ['digest of 10 long unverified stories', { kind: 'digest', digest: { ...digestOf(0), entries: Array.from({ length: 10 }, () => ({ item: rumour, alsoIn: Array.from({ length: 40 }, (_, i) => `Outlet number ${i}`) })) }, private: false }],
];

describe('renderReply', () => {
  it('shows the featured brief as one embed: linked title, summary, quotes with speakers, sourcing warning, footer', () => {
    const [message] = renderReply(replies[0]![1]);
    const embed = message!.embeds![0]!;
    expect(embed.title).toBe('Jimmy Page is writing his farewell: one last piece, alone with his guitar');
    expect(embed.description).toContain(featured.brief.summary[0]);
    expect(embed.description).toContain('> “This isn’t just a song,”\n— his wife (unnamed)');
    expect(embed.fields?.[0]?.name).toMatch(/unverified/i);
    expect(embed.fields?.[0]?.value).toContain('reportedly');
    expect(embed.footer?.text).toBe('farewell-bot · 2026-11-25');
    expect(message!.flags).toBeUndefined();
  });

  it('links the title to the article’s source URL when it has one', () => {
    const [message] = renderReply({ kind: 'brief', item: briefed(), view: 'brief', private: false });
    expect(message!.embeds![0]!.url).toBe('https://example.com/reunion');
    expect(message!.embeds![0]!.footer?.text).toBe('Music Weekly · 2026-11-20');
  });

  it('makes a private reply ephemeral, and an error always', () => {
    expect(renderReply(replies[2]![1])[0]!.flags).toBe(64);
    expect(renderReply(replies[11]![1])[0]!.flags).toBe(64);
  });

  it.each(replies)('%s: every message disables mentions and respects every Discord limit', (_name, reply) => {
    for (const message of renderReply(reply)) {
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect((message.content ?? '').length).toBeLessThanOrEqual(2000);
      const embeds = message.embeds ?? [];
      expect(embeds.length).toBeLessThanOrEqual(10);
      expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(6000);
      for (const embed of embeds) {
        expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
        expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
        expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
        expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
        for (const field of embed.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
      }
    }
  });

  it.each(replies)('%s: every message and embed validates against Discord’s OpenAPI spec', (_name, reply) => {
    for (const message of renderReply(reply)) {
      expect(specErrors('MessageCreateRequest', message)).toEqual([]);
      for (const embed of message.embeds ?? []) expect(specErrors('RichEmbed', embed)).toEqual([]);
    }
  });

  it('renders an article full of mentions and markdown harmlessly', () => {
    const brief = renderReply(replies[5]![1]);
    const article = renderReply({ kind: 'article', item: hostile, private: false });
    const shown = [...brief, ...article].flatMap((m) => m.embeds!.map((e) => [e.title, e.description, e.footer?.text].join('\n'))).join('\n');
    expect(shown).not.toMatch(/@everyone|@here|<@\d|<@&\d/);
    expect(shown).toContain('\\*\\*BREAKING\\*\\*');
    expect(shown).toContain('\\*\\*this\\*\\* is \\_huge\\_');
    expect(shown).toContain('\\[link](https://evil.example) \\|\\|spoiler\\|\\|');
    expect(shown).toContain('\\> quote line');
  });

  it('cuts an over-long headline at a word boundary with an ellipsis', () => {
    const title = renderReply(replies[3]![1])[0]!.embeds![0]!.title!;
    expect(title.length).toBeLessThanOrEqual(256);
    expect(title).toMatch(/…$/);
    const kept = title.slice(0, -1);
    expect(huge.article.title.startsWith(kept)).toBe(true);
    expect(huge.article.title[kept.length]).toBe(' ');
  });

  it('keeps quotes whole when they do not all fit, and says how many were left out', () => {
    const description = renderReply(replies[4]![1])[0]!.embeds![0]!.description!;
    expect(description).toMatch(/…and \d+ more quotes\.\*$/);
    expect(description).not.toMatch(/is long and goes on …/);
  });

  it('splits a long article into several messages and loses none of its words', () => {
    const messages = renderReply(replies[7]![1]);
    expect(messages.length).toBeGreaterThan(1);
    const shown = messages.flatMap((m) => m.embeds!.map((e) => e.description)).join(' ');
    expect(shown.trim().split(/\s+/).length).toBe(huge.article.body.trim().split(/\s+/).length);
    expect(messages[0]!.embeds![0]!.title).toBeDefined();
    expect(messages.at(-1)!.embeds!.at(-1)!.footer).toBeDefined();
  });

  it('shows a digest as one message with one embed per story (at most 10) and "also in" outlets', () => {
    const [message, ...rest] = renderReply(replies[8]![1]);
    expect(rest).toEqual([]);
    expect(message!.content).toContain('2026-11-25');
    expect(message!.embeds).toHaveLength(10);
    expect(message!.embeds![0]!.fields).toEqual([{ name: 'Also in', value: 'Rolling Stone, NME, @\u200beveryone Weekly', inline: false }]);
    expect(message!.embeds![1]!.title!.length).toBeGreaterThan(0);
  });

  it('shows each digest story’s gist, its top quote with the speaker (unnamed marked) and the sourcing note', () => {
    const [message] = renderReply({ kind: 'digest', digest: { ...digestOf(0), entries: [{ item: featured, alsoIn: [] }] }, private: false });
    const description = message!.embeds![0]!.description!;
    expect(description).toMatch(/^The world of rock music grew silent today/);
    expect(description).toContain('> “This isn’t just a song”\n— his wife (unnamed)');
    expect(description).toMatch(/⚠️ \*Unverified: .*reportedly.*\*$/u);
  });

  it('names a named speaker plainly, and keeps a quote and speaker for every story of a full digest', () => {
    const [one] = renderReply({ kind: 'digest', digest: { ...digestOf(0), entries: [{ item: briefed(), alsoIn: [] }] }, private: false });
    expect(one!.embeds![0]!.description).toContain('> “We missed the stage”\n— Ann Smith');
    expect(one!.embeds![0]!.description).not.toMatch(/Unverified|\(unnamed\)/);
    const [full] = renderReply(replies[8]![1]);
    for (const embed of full!.embeds!) expect(embed.description).toMatch(/\n> …?“.+”…?\n— \S/u);
    expect(full!.embeds![1]!.description).toMatch(/— Speaker \d+/);
  });

  it('GIVEN ten long unverified stories run by many outlets THEN each still shows its quote and speaker, and names a few outlets then how many more', () => {
    const [message] = renderReply(replies.at(-1)![1]);
    for (const embed of message!.embeds!) {
      expect(embed.description).toContain('\n— a friend of the singer (unnamed)');
      expect(embed.fields![0]!.value).toMatch(/^Outlet number 0, Outlet number 1, .*, \+\d+ more$/);
    }
  });

  it('says so when a digest has no news', () => {
    expect(renderReply(replies[9]![1])[0]!.content).toBe('No music news for 2026-11-25 (Europe/London).');
  });

  it('splits long text into messages of at most 2,000 characters and keeps channel links', () => {
    const messages = renderReply(replies[10]![1]);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages[0]!.content).toMatch(/^See <#123>\./);
  });
});
