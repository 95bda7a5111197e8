import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief } from '../../commands/brief.js';
import type { CommandContext, CommandServices } from '../../commands/types.js';
import { publicAddressesOnly } from '../../src/ingest/address-guard.js';
import { createBriefUrl } from '../../src/ingest/brief-url.js';
import { createSafeFetch } from '../../src/ingest/safe-fetch.js';
import { longStory, send, startFixtureServer } from './fixture-server.js';

let fixture: Awaited<ReturnType<typeof startFixtureServer>>;
const page = (body: string) => send(`<html><head><title>Plant returns</title><meta property="og:site_name" content="Music Test"></head><body><nav>Home | News</nav>${body}</body></html>`, { 'content-type': 'text/html; charset=utf-8' });

beforeAll(async () => {
  fixture = await startFixtureServer({
    '/story': page(`<article><h1>Plant returns</h1><p>“We never stopped,” Robert Plant said on Tuesday.</p>${longStory('Robert Plant', 8)}</article>`),
    '/login': page('<form><p>Sign in to continue.</p></form>'),
    '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-private-name': (_req, res) => res.writeHead(302, { location: 'http://internal.test/' }).end(),
    '/image': send(Buffer.from([0x89, 0x50]), { 'content-type': 'image/png' }),
  });
});
afterAll(() => fixture.close());

function run(url: string, services: Partial<CommandServices>, options: Record<string, string | boolean> = {}) {
  const ctx: CommandContext = { platform: 'console', options: { url, ...options }, channelId: 'c', userId: 'u', canManageChannel: false, now: new Date(), services: { featured: async () => undefined, ...services } };
  return brief.run(ctx);
}

describe('/brief url:<link>', () => {
  const briefUrl = createBriefUrl(createSafeFetch({ allowPrivate: true }));

  it('answers with the article’s brief, like /farewell', async () => {
    const reply = await run(fixture.url('/story'), { briefUrl });
    expect(reply).toMatchObject({ kind: 'brief', view: 'brief', private: false, item: { article: { title: 'Plant returns', source: 'Music Test' } } });
    if (reply.kind !== 'brief') throw new Error('not a brief');
    expect(reply.item.brief.quotes[0]).toMatchObject({ text: 'We never stopped,', speaker: 'Robert Plant' });
    expect(reply.item.article.body).not.toContain('Home | News');
  });

  it('says clearly when the page is not an article', async () => {
    expect(await run(fixture.url('/login'), { briefUrl })).toMatchObject({ kind: 'error', message: expect.stringMatching(/not look like an article|no article text/) });
    expect(await run(fixture.url('/image'), { briefUrl })).toMatchObject({ kind: 'error', message: expect.stringContaining('is not a web page (image/png)') });
  });

  it('refuses something that is not an http(s) link without fetching', async () => {
    expect(await run('file:///etc/passwd', { briefUrl })).toMatchObject({ kind: 'error', message: expect.stringContaining('http://') });
  });

  describe('with the SSRF guard on (ALLOW_PRIVATE_URLS unset)', () => {
    const guarded = createBriefUrl(createSafeFetch({ timeoutMs: 2000 }));

    it.each(['http://127.0.0.1/', 'http://169.254.169.254/'])('refuses %s', async (url) => {
      expect(await run(url, { briefUrl: guarded })).toMatchObject({ kind: 'error', message: expect.stringMatching(/Could not brief that link: .*not a public address/) });
    });

    it('refuses a public name that redirects to a private address', async () => {
      // news.test stands in for a public site: it resolves to the test server, the only address treated as public.
      const resolve = async (host: string) => [{ address: host === 'news.test' ? '127.0.0.1' : '10.9.8.7', family: 4 }];
      const viaPublicName = createBriefUrl(createSafeFetch({ resolve, addressPolicy: (ip) => ip === '127.0.0.1' || publicAddressesOnly(ip) }));
      const publicUrl = (path: string) => fixture.url(path).replace('127.0.0.1', 'news.test');
      expect(await run(publicUrl('/story'), { briefUrl: viaPublicName })).toMatchObject({ kind: 'brief' });
      expect(await run(publicUrl('/to-metadata'), { briefUrl: viaPublicName })).toMatchObject({ kind: 'error', message: expect.stringContaining('169.254.169.254') });
      expect(await run(publicUrl('/to-private-name'), { briefUrl: viaPublicName })).toMatchObject({ kind: 'error', message: expect.stringContaining('10.9.8.7') });
    });
  });

  it('tells the member when the bot has no link briefing wired', async () => {
    expect(await run(fixture.url('/story'), {})).toMatchObject({ kind: 'error' });
  });
});
