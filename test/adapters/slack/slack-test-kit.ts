/** Shared by the Slack adapter tests and the latency benchmark: signed requests and schema checks. */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { BriefedArticle } from '../../../commands/types.js';
import type { Article } from '../../../src/articles/article.js';
import { makeBrief } from '../../../src/core/index.js';

const specsDir = fileURLToPath(new URL('../../../../shared/ext/slack-api-specs/', import.meta.url));
const addFormats = formatsModule.default;

export const SIGNING_SECRET = 'test-signing-secret';

/** Slack's v0 signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function signSlackBody(secret: string, timestampSec: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex')}`;
}

export interface SlashCommandRequest {
  command: string;
  text?: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  /** Defaults to now; set it in the past to test replay protection. */
  timestampSec?: number;
  /** Overrides the correct signature. */
  signature?: string;
}

/** Posts a slash command to the bot exactly as Slack does: form-encoded and signed. */
export async function postSlashCommand(eventsUrl: string, request: SlashCommandRequest): Promise<{ status: number; body: string }> {
  const form = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: request.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: request.userId ?? 'U0ALICE',
    user_name: 'alice',
    command: request.command,
    text: request.text ?? '',
    api_app_id: 'A0APP',
    response_url: request.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
  const timestampSec = request.timestampSec ?? Math.floor(Date.now() / 1000);
  const response = await fetch(eventsUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestampSec),
      'x-slack-signature': request.signature ?? signSlackBody(SIGNING_SECRET, timestampSec, form),
    },
    body: form,
  });
  return { status: response.status, body: await response.text() };
}

const blockKit = new Ajv2020({ strict: false, allErrors: true });
addFormats(blockKit);
const validateBlocks = blockKit.compile(JSON.parse(readFileSync(`${specsDir}block-kit-schema-community/slack-block-kit.schema.json`, 'utf8')));

/** Schema errors of a message's blocks (empty when valid), including Slack's 50-blocks-a-message rule. */
export function blockKitProblems(blocks: unknown): string[] {
  const problems = validateBlocks(blocks) ? [] : (validateBlocks.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  if (Array.isArray(blocks) && blocks.length > 50) problems.push(`${blocks.length} blocks: a message takes at most 50`);
  return problems;
}

/** Schema errors of an app manifest (empty when valid), against Slack's own manifest JSON Schema. */
export function manifestProblems(manifest: unknown): string[] {
  const dir = `${specsDir}manifest-schema/`;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The root schema refers to its versioned parts by their published URLs: serve them from disk.
  for (const version of ['1.0.0', '2.0.0']) {
    const schema = JSON.parse(readFileSync(`${dir}schemas/manifest.schema.${version}.json`, 'utf8'));
    ajv.addSchema(schema, `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.${version}.json`);
  }
  const validate = ajv.compile(JSON.parse(readFileSync(`${dir}manifest.schema.json`, 'utf8')));
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** An article and its brief, as the library would hold it. */
export function briefedArticle(body: string, front: Partial<Article> = {}): BriefedArticle {
  const article: Article = { title: 'A test story', slug: 'a-test-story', published: '2026-11-25T09:00:00.000Z', featured: false, tags: [], body, origin: 'test', ...front };
  return { article, brief: makeBrief({ text: article.body, title: article.title }) };
}
