import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscordApi } from './fake-discord-api.js';

let fake: FakeDiscordApi;
let limited: FakeDiscordApi;
beforeAll(async () => {
  fake = await FakeDiscordApi.start({ channelMessageLimit: { messages: 2, perMs: 60_000 }, missingChannels: ['404'] });
  limited = await FakeDiscordApi.start({ globalLimit: { requests: 3, perMs: 60_000 } });
});
afterAll(async () => {
  await fake.close();
  await limited.close();
});

const postMessage = (api: FakeDiscordApi, channelId: string, body: object = { content: 'hi' }, token = 'test-token') =>
  fetch(`${api.apiUrl}/v10/channels/${channelId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bot ${token}` },
    body: JSON.stringify(body),
  });

describe('fake Discord API', () => {
  it('refuses channel messages without a known bot token', async () => {
    expect((await postMessage(fake, '1', {}, 'wrong')).status).toBe(401);
  });

  it('tells the client its per-channel bucket, then answers 429 with Retry-After when it is spent', async () => {
    const first = await postMessage(fake, '7');
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await postMessage(fake, '7');
    const over = await postMessage(fake, '7');
    expect(over.status).toBe(429);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await over.json()) as { global: boolean }).global).toBe(false);
    expect((await postMessage(fake, '8')).status).toBe(200);
    expect(fake.messages.get('7')).toHaveLength(2);
    expect(fake.rateLimited).toBe(1);
  });

  it('GIVEN a repeated nonce with enforce_nonce THEN it answers the first message and creates none', async () => {
    const body = { content: 'digest', nonce: 'digest-1', enforce_nonce: true };
    const first = (await (await postMessage(fake, '9', body)).json()) as { id: string };
    const again = (await (await postMessage(fake, '9', body)).json()) as { id: string };
    expect(again.id).toBe(first.id);
    expect(fake.posts.filter((p) => p.channelId === '9')).toEqual([expect.objectContaining({ id: first.id, nonce: 'digest-1' })]);
    expect(fake.nonceReplays).toBe(1);
  });

  it('answers 404 Unknown Channel for a missing channel', async () => {
    const answer = await postMessage(fake, '404');
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ message: 'Unknown Channel', code: 10003 });
  });

  it('GIVEN a global limit THEN requests past it get a global 429, and the busiest window never passes it', async () => {
    const statuses = [];
    for (const channel of ['1', '2', '3', '4', '5']) statuses.push((await postMessage(limited, channel)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const over = await postMessage(limited, '6');
    expect(over.headers.get('x-ratelimit-global')).toBe('true');
    expect(((await over.json()) as { global: boolean }).global).toBe(true);
    expect(limited.busiestWindow()).toBe(3);
    expect(limited.posts.map((p) => p.channelId)).toEqual(['1', '2', '3']);
  });
});
