import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscordApi } from './fake-discord-api.js';

let fake: FakeDiscordApi;
beforeAll(async () => {
  fake = await FakeDiscordApi.start({ channelMessageLimit: { messages: 2, perMs: 60_000 } });
});
afterAll(() => fake.close());

const postMessage = (channelId: string, token = 'test-token') =>
  fetch(`${fake.apiUrl}/v10/channels/${channelId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bot ${token}` },
    body: JSON.stringify({ content: 'hi' }),
  });

describe('fake Discord API', () => {
  it('refuses channel messages without a known bot token', async () => {
    expect((await postMessage('1', 'wrong')).status).toBe(401);
  });

  it('tells the client its per-channel bucket, then answers 429 with Retry-After when it is spent', async () => {
    const first = await postMessage('7');
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    await postMessage('7');
    const limited = await postMessage('7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { global: boolean }).global).toBe(false);
    expect((await postMessage('8')).status).toBe(200);
    expect(fake.messages.get('7')).toHaveLength(2);
  });
});
