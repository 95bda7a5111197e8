import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicAddressesOnly } from '../../src/ingest/address-guard.js';
import { createSafeFetch, FetchFailure, USER_AGENT } from '../../src/ingest/safe-fetch.js';
import { send, startFixtureServer } from './fixture-server.js';

let fixture: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  fixture = await startFixtureServer({
    '/ok': send('hello'),
    '/loop-a': (_req, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_req, res) => res.writeHead(302, { location: '/loop-a' }).end(),
    '/chain': (req, res) => {
      const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0);
      res.writeHead(301, { location: `/chain?n=${n + 1}` }).end();
    },
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(Buffer.alloc(300_000, 'a'));
    },
    '/huge-declared': (_req, res) => res.writeHead(200, { 'content-length': '999999999' }).end(),
    '/never': () => undefined,
    '/to-metadata': (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-internal-name': (_req, res) => res.writeHead(302, { location: 'http://intranet.test/admin' }).end(),
  });
});
afterAll(() => fixture.close());

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a FetchFailure'), (e: unknown) => e as FetchFailure);

describe('the guarded fetch', () => {
  const local = createSafeFetch({ allowPrivate: true, timeoutMs: 2000, maxBytes: 100_000, maxRedirects: 4 });

  it('sends an honest User-Agent and returns the body', async () => {
    const response = await local(fixture.url('/ok'));
    expect(response.body.toString()).toBe('hello');
    expect(fixture.requests.at(-1)!.headers['user-agent']).toBe(USER_AGENT);
  });

  it('stops a redirect loop with a clear error', async () => {
    const error = await failure(local(fixture.url('/loop-a')));
    expect(error.code).toBe('redirect-loop');
  });

  it('stops after the redirect limit', async () => {
    const error = await failure(local(fixture.url('/chain')));
    expect(error).toMatchObject({ code: 'too-many-redirects' });
    expect(error.message).toContain('more than 4 redirects');
  });

  it('refuses a body over the size cap, whether or not the server declares its length', async () => {
    expect(await failure(local(fixture.url('/huge')))).toMatchObject({ code: 'too-large' });
    expect(await failure(local(fixture.url('/huge-declared')))).toMatchObject({ code: 'too-large' });
  });

  it('gives up on a server that never answers', async () => {
    const impatient = createSafeFetch({ allowPrivate: true, timeoutMs: 300 });
    expect(await failure(impatient(fixture.url('/never')))).toMatchObject({ code: 'timeout' });
  });
});

describe('the SSRF guard', () => {
  const guarded = createSafeFetch({ timeoutMs: 2000 });

  it.each(['http://127.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://10.0.0.8/', 'http://[::ffff:127.0.0.1]/'])('refuses %s', async (url) => {
    const error = await failure(guarded(url));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toMatch(/not a public address/);
  });

  it('refuses a name that resolves to a private address, before connecting', async () => {
    const viaDns = createSafeFetch({ resolve: async () => [{ address: '192.168.1.20', family: 4 }] });
    expect(await failure(viaDns('http://router.test/'))).toMatchObject({ code: 'blocked-address' });
  });

  describe('GIVEN a public name that redirects', () => {
    // The test server stands in for the public internet: its name resolves to 127.0.0.1, and only
    // that one address counts as public here; everything else follows the real policy.
    const resolve = async (host: string) => [{ address: host === 'news.test' ? '127.0.0.1' : '10.1.2.3', family: 4 }];
    const publicFetch = createSafeFetch({ resolve, addressPolicy: (ip) => ip === '127.0.0.1' || publicAddressesOnly(ip) });
    const onPublicName = (path: string) => fixture.url(path).replace('127.0.0.1', 'news.test');

    it('THEN a page on it is fetched', async () => {
      expect((await publicFetch(onPublicName('/ok'))).body.toString()).toBe('hello');
    });

    it('THEN a redirect to the metadata address is refused', async () => {
      expect(await failure(publicFetch(onPublicName('/to-metadata')))).toMatchObject({ code: 'blocked-address' });
    });

    it('THEN a redirect to a name resolving to a private address is refused', async () => {
      const error = await failure(publicFetch(onPublicName('/to-internal-name')));
      expect(error).toMatchObject({ code: 'blocked-address' });
      expect(error.message).toContain('10.1.2.3');
    });
  });

  it('allows private addresses when ALLOW_PRIVATE_URLS is set', async () => {
    const open = createSafeFetch({ allowPrivate: true });
    expect((await open(fixture.url('/ok'))).status).toBe(200);
  });
});
