import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../../commands/types.js';
import { DIGEST_EVENT_TYPE, createSlackDigestPoster } from '../../../src/adapters/slack/slack-digest-poster.js';
import { DeliveryError, type DigestPoster } from '../../../src/digest/digest-poster.js';
import { createLogger } from '../../../src/logger.js';
import { FakeSlackApi, type InjectedFailure } from '../../fakes/fake-slack-api.js';
import { blockKitProblems, briefedArticle } from './slack-test-kit.js';

const digest: Digest = {
  localDate: '2026-11-25',
  timezone: 'Europe/London',
  from: new Date(Date.now() - 24 * 3600_000),
  to: new Date(),
  entries: [{ item: briefedArticle('Jimmy Page plays a final show in London. Fans queued all night.', { title: 'Page plays on' }), alsoIn: ['NME'] }],
};

let fake: FakeSlackApi;
let poster: DigestPoster;

beforeAll(async () => {
  fake = await FakeSlackApi.start();
  const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: fake.apiUrl };
  // Real backoff shape, shortened: the Retry-After wait itself is the client's and stays real.
  poster = createSlackDigestPoster({ config, log: createLogger('silent', false), retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 } });
});

afterAll(() => fake.close());

describe('the Slack digest poster', () => {
  it('posts the digest with its idempotency key in the message metadata and returns the message ts', async () => {
    const { messageId } = await poster.post('C0DAILY', digest, 'delivery-1');
    const [message] = fake.messages('C0DAILY');
    expect(message).toMatchObject({ ts: messageId, metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: 'delivery-1' } } });
    expect(message!.text).toBe('Music news for 2026-11-25: 1 story');
    expect(blockKitProblems(message!.blocks)).toEqual([]);
  });

  it('waits out a 429 with Retry-After and posts once', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 1 });
    const before = fake.callsTo('chat.postMessage').length;
    await poster.post('C0BUSY', digest, 'delivery-2');
    const calls = fake.callsTo('chat.postMessage').slice(before);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(fake.messages('C0BUSY')).toHaveLength(1);
  });

  it('gives up after the client’s tries with a transient 429 DeliveryError carrying Retry-After', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 0 }, 3);
    const error = await poster.post('C0JAMMED', digest, 'delivery-jammed').catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false, code: 429, retryAfterMs: 0 });
    expect(fake.messages('C0JAMMED')).toHaveLength(0);
  });

  it('after a crash and restart, a fresh poster told the last attempt may have posted does not post twice', async () => {
    const first = await poster.post('C0CRASH', digest, 'delivery-crash');
    const config = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: fake.apiUrl };
    const restarted = createSlackDigestPoster({ config, log: createLogger('silent', false), retryConfig: { retries: 0 } });
    const again = await restarted.post('C0CRASH', digest, 'delivery-crash', { mayHavePosted: true });
    expect(again.messageId).toBe(first.messageId);
    expect(fake.messages('C0CRASH')).toHaveLength(1);
    const fresh = await restarted.post('C0CRASH', digest, 'delivery-other', { mayHavePosted: true });
    expect(fresh.messageId).not.toBe(first.messageId);
    expect(fake.messages('C0CRASH')).toHaveLength(2);
  });

  it('on a retry finds the earlier post by its key instead of posting twice', async () => {
    const first = await poster.post('C0TWICE', digest, 'delivery-3');
    const again = await poster.post('C0TWICE', digest, 'delivery-3');
    expect(again.messageId).toBe(first.messageId);
    expect(fake.messages('C0TWICE')).toHaveLength(1);
    expect(fake.callsTo('conversations.history').at(-1)!.body).toMatchObject({ channel: 'C0TWICE', include_all_metadata: 'true' });
  });

  it('on a retry after a failed attempt posts the digest', async () => {
    fake.failNext('chat.postMessage', { error: 'internal_error' });
    await expect(poster.post('C0FLAKY', digest, 'delivery-4')).rejects.toMatchObject({ permanent: false, code: 'internal_error' });
    await poster.post('C0FLAKY', digest, 'delivery-4');
    expect(fake.messages('C0FLAKY')).toHaveLength(1);
  });

  it.each<[InjectedFailure, boolean, string | number]>([
    [{ error: 'channel_not_found' }, true, 'channel_not_found'],
    [{ error: 'not_in_channel' }, true, 'not_in_channel'],
    [{ error: 'is_archived' }, true, 'is_archived'],
    [{ error: 'account_inactive' }, true, 'account_inactive'],
    [{ status: 403 }, true, 403],
    [{ status: 404 }, true, 404],
    [{ error: 'internal_error' }, false, 'internal_error'],
  ])('reports %j as a DeliveryError, permanent: %s', async (failure, permanent, code) => {
    // HTTP errors are retried by the client, so every try must fail the same way.
    fake.failNext('chat.postMessage', failure, 'status' in failure ? 3 : 1);
    const error = await poster.post('C0GONE', digest, `delivery-${String(code)}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent, code });
  });
});
