/** Shared by the Slack adapter tests and the latency benchmark: signed requests and schema checks. */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { TestRunner } from 'vitest';
import type { BriefedArticle } from '../../../commands/types.js';
import type { Article } from '../../../src/articles/article.js';
import { makeBrief } from '../../../src/core/index.js';
import { SHARED_EXT } from '../../ingest/shared-fixtures.js';

const specsDir = `${SHARED_EXT}/slack-api-specs/`;
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

let validateBlocks: ValidateFunction | undefined;

/** Schema errors of a message's blocks (empty when valid), including Slack's 50-blocks-a-message rule. */
export function blockKitProblems(blocks: unknown): string[] {
  if (!validateBlocks) {
    const blockKit = new Ajv2020({ strict: false, allErrors: true });
    addFormats(blockKit);
    validateBlocks = blockKit.compile(readSpecOrSkip('block-kit-schema-community/slack-block-kit.schema.json'));
  }
  const problems = validateBlocks(blocks) ? [] : (validateBlocks.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  if (Array.isArray(blocks) && blocks.length > 50) problems.push(`${blocks.length} blocks: a message takes at most 50`);
  return problems;
}

/** Schema errors of an app manifest (empty when valid), against Slack's own manifest JSON Schema. */
export function manifestProblems(manifest: unknown): string[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The root schema refers to its versioned parts by their published URLs: serve them from disk.
  for (const version of ['1.0.0', '2.0.0']) {
    const schema = readSpecOrSkip(`manifest-schema/schemas/manifest.schema.${version}.json`);
    ajv.addSchema(schema, `https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.${version}.json`);
  }
  const validate = ajv.compile(readSpecOrSkip('manifest-schema/manifest.schema.json'));
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/**
 * One of Slack's schemas, parsed. A clone without `../shared` (CI has it) cannot check against
 * them: the calling test is then reported as skipped, with the reason, after its other assertions.
 */
function readSpecOrSkip(file: string): object {
  const path = `${specsDir}${file}`;
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as object;
  const reason = `Slack's schema is not at ${path}: put the shared corpora next to the repository to check against it`;
  TestRunner.getCurrentTest()?.context.skip(reason);
  throw new Error(reason);
}

/** An article and its brief, as the library would hold it. */
export function briefedArticle(body: string, front: Partial<Article> = {}): BriefedArticle {
  const article: Article = { title: 'A test story', slug: 'a-test-story', published: '2026-11-25T09:00:00.000Z', featured: false, tags: [], body, origin: 'test', ...front };
  return { article, brief: makeBrief({ text: article.body, title: article.title }) };
}
