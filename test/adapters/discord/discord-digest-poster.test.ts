import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../../commands/types.js';
import { createDiscordDigestPoster } from '../../../src/adapters/discord/discord-digest-poster.js';
import { createDiscordRest } from '../../../src/adapters/discord/discord-rest.js';
import { DeliveryError } from '../../../src/digest/digest-poster.js';
import { FakeDiscordApi } from '../../fakes/fake-discord-api.js';
import { specErrors } from './discord-openapi.js';
import { briefed } from './discord-fixtures.js';

const digest: Digest = {
  localDate: '2026-11-25',
  timezone: 'Europe/London',
  from: new Date('2026-11-24T09:00:00Z'),
  to: new Date('2026-11-25T09:00:00Z'),
  entries: [{ item: briefed({ title: '@everyone Reunion tour' }), alsoIn: ['NME'] }],
};
let fake: FakeDiscordApi;
let poster: ReturnType<typeof createDiscordDigestPoster>;

beforeAll(async () => {
  fake = await FakeDiscordApi.start();
  poster = createDiscordDigestPoster(createDiscordRest({ DISCORD_API_URL: fake.apiUrl, DISCORD_TOKEN: 'test-token' }));
});
afterAll(() => fake.close());

const postsTo = (channelId: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

describe('Discord digest poster', () => {
  it('posts the digest with a nonce, enforce_nonce and no mentions, as a valid Create Message body', async () => {
    const { messageId } = await poster.post('2000000000000000001', digest, 'delivery-1:2026-11-25');
    const [request] = postsTo('2000000000000000001');
    expect(request!.authorization).toBe('Bot test-token');
    expect(request!.body).toMatchObject({ enforce_nonce: true, allowed_mentions: { parse: [] }, content: expect.stringContaining('2026-11-25') });
    expect(request!.body.nonce.length).toBeLessThanOrEqual(25);
    expect(request!.body.embeds[0].title).not.toContain('@everyone');
    expect(specErrors('MessageCreateRequest', request!.body)).toEqual([]);
    expect(fake.messages.get('2000000000000000001')!.map((m) => m.id)).toEqual([messageId]);
  });

  it('posts once when the same delivery is retried: Discord returns the first message for the same nonce', async () => {
    const first = await poster.post('2000000000000000002', digest, 'delivery-2');
    const again = await poster.post('2000000000000000002', digest, 'delivery-2');
    expect(again.messageId).toBe(first.messageId);
    expect(fake.messages.get('2000000000000000002')).toHaveLength(1);
    const other = await poster.post('2000000000000000002', digest, 'delivery-3');
    expect(other.messageId).not.toBe(first.messageId);
  });

  it('waits out a 429 with Retry-After and posts exactly one message', async () => {
    fake.failNext('POST', /^\/channels\/2000000000000000003\/messages$/, { status: 429, retryAfterSeconds: 1 });
    await poster.post('2000000000000000003', digest, 'delivery-4');
    expect(postsTo('2000000000000000003').map((r) => r.status)).toEqual([429, 200]);
    expect(fake.messages.get('2000000000000000003')).toHaveLength(1);
  });

  it.each([
    [404, 10003, 'Unknown Channel'],
    [403, 50001, 'Missing Access'],
    [403, 50013, 'Missing Permissions'],
  ])('reports HTTP %i / code %i as a permanent delivery error', async (status, code, message) => {
    fake.setChannelError(`30000000000000${code}`, { status, code, message });
    const error = await poster.post(`30000000000000${code}`, digest, 'delivery-5').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ permanent: true, code });
  });

  it('reports a server error (after discord.js’s retries) as a temporary delivery error', async () => {
    fake.failNext('POST', /^\/channels\/2000000000000000004\/messages$/, { status: 500, code: 0, message: 'boom' }, 4);
    const error = await poster.post('2000000000000000004', digest, 'delivery-6').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DeliveryError', permanent: false });
  });
});
