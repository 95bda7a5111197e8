import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { BriefedArticle } from '../../../commands/types.js';
import type { Article } from '../../../src/articles/article.js';
import { makeBrief } from '../../../src/core/index.js';
import type { Logger } from '../../../src/logger.js';

/** An article briefed by the real pipeline; fields default to a plain story. */
export function briefed(overrides: Partial<Article> = {}): BriefedArticle {
  const article: Article = {
    title: 'Band announces reunion tour',
    slug: 'reunion-tour',
    published: '2026-11-20T10:00:00.000Z',
    featured: false,
    tags: [],
    body: 'The band announced a reunion tour on Monday. “We missed the stage,” said Ann Smith, the singer. Tickets go on sale Friday.',
    origin: 'test',
    source: 'Music Weekly',
    url: 'https://example.com/reunion',
    ...overrides,
  };
  return { article, brief: makeBrief({ text: article.body, title: article.title }) };
}

/** A logger that keeps its lines, so a test can see what was logged. */
export function recordingLogger(): { log: Logger; lines: () => Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines: () => lines };
}

/** An Ed25519 key pair like a Discord application's; `publicKeyHex` is what the Developer Portal shows. */
export function signingKeys(): { publicKeyHex: string; sign(timestamp: string, body: string): string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  return { publicKeyHex, privateKey, sign: (timestamp, body) => sign(null, Buffer.from(timestamp + body), privateKey).toString('hex') };
}

/** A raw APPLICATION_COMMAND interaction as Discord sends it, in a guild. */
export function commandInteraction(name: string, options: unknown[] = [], extra: Record<string, unknown> = {}) {
  return {
    id: '1200000000000000001',
    application_id: '1100000000000000001',
    type: 2,
    token: 'interaction-token-1',
    version: 1,
    guild_id: '1000000000000000001',
    channel_id: '1000000000000000002',
    channel: { id: '1000000000000000002', type: 0, name: 'news', guild_id: '1000000000000000001' },
    member: {
      user: { id: '1000000000000000003', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
      roles: [],
      permissions: '0',
      joined_at: '2026-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    data: { id: '1300000000000000001', name, type: 1, options },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': '1000000000000000001' },
    context: 0,
    attachment_size_limit: 10485760,
    ...extra,
  };
}
