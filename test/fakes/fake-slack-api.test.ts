import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './fake-slack-api.js';

let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await FakeSlackApi.start({ channelRateLimit: { messages: 1, perMs: 60_000 } });
});
afterAll(() => fake.close());

const call = async (method: string, body: string, headers: Record<string, string>) => {
  const res = await fetch(`${fake.apiUrl}${method}`, { method: 'POST', headers, body });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), json: (await res.json()) as Record<string, unknown> };
};
const form = { 'content-type': 'application/x-www-form-urlencoded', authorization: 'Bearer xoxb-test' };

describe('FakeSlackApi, the Web API stand-in other tests rely on', () => {
  it('reads form bodies with JSON fields and JSON bodies alike', async () => {
    await call('chat.postMessage', new URLSearchParams({ channel: 'C1', text: 'hi', blocks: '[{"type":"divider"}]' }).toString(), form);
    await call('chat.postMessage', JSON.stringify({ channel: 'C2', text: 'hello' }), { ...form, 'content-type': 'application/json; charset=utf-8' });
    expect(fake.messages('C1')[0]).toMatchObject({ text: 'hi', blocks: [{ type: 'divider' }] });
    expect(fake.messages('C2')[0]).toMatchObject({ text: 'hello' });
  });

  it('answers ok:false for a missing or unknown token and an unknown method', async () => {
    expect((await call('auth.test', '', { 'content-type': 'application/x-www-form-urlencoded' })).json).toEqual({ ok: false, error: 'not_authed' });
    expect((await call('auth.test', '', { ...form, authorization: 'Bearer xoxb-nope' })).json).toEqual({ ok: false, error: 'invalid_auth' });
    expect((await call('files.upload', '', form)).json).toEqual({ ok: false, error: 'unknown_method' });
  });

  it('answers 429 with Retry-After when a channel posts faster than its limit', async () => {
    const body = new URLSearchParams({ channel: 'C3', text: 'one' }).toString();
    expect((await call('chat.postMessage', body, form)).status).toBe(200);
    const second = await call('chat.postMessage', body, form);
    expect(second.status).toBe(429);
    expect(Number(second.retryAfter)).toBeGreaterThan(50);
    expect(fake.messages('C3')).toHaveLength(1);
  });
});
