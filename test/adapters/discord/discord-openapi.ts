import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { TestRunner } from 'vitest';
import { SHARED_EXT } from '../../ingest/shared-fixtures.js';

/** Discord's official OpenAPI spec, kept beside the repository (see its README for provenance). */
export const SPEC_PATH = `${SHARED_EXT}/discord-api-spec/openapi.json`;

let ajv: Ajv2020 | undefined;

/**
 * A validator for one schema of the spec, e.g. `RichEmbed`. The whole spec is loaded once so that
 * `$ref`s between schemas resolve; OpenAPI's own keywords and numeric formats are ignored.
 */
export function schemaValidator(name: string): ValidateFunction {
  if (!ajv) {
    const spec = JSON.parse(readSpecOrSkip());
    ajv = new Ajv2020({ strict: false, allErrors: true, formats: { int32: true, int64: true, double: true, nonce: true, snowflake: true } });
    addFormats.default(ajv, ['uri', 'date-time']);
    ajv.addSchema(spec, 'discord');
  }
  const validate = ajv.getSchema(`discord#/components/schemas/${name}`);
  if (!validate) throw new Error(`no schema ${name} in the Discord spec`);
  return validate;
}

/** The spec's complaints about `value` as readable lines; empty when it conforms. */
export function specErrors(name: string, value: unknown): string[] {
  const validate = schemaValidator(name);
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} (${e.schemaPath})`);
}

/**
 * The spec's text. A clone without `../shared` (CI has it) cannot check against the spec: the
 * calling test is then reported as skipped, with the reason, after its other assertions have run.
 */
function readSpecOrSkip(): string {
  if (existsSync(SPEC_PATH)) return readFileSync(SPEC_PATH, 'utf8');
  const reason = `Discord's OpenAPI spec is not at ${SPEC_PATH}: put the shared corpora next to the repository to check against it`;
  TestRunner.getCurrentTest()?.context.skip(reason);
  throw new Error(reason);
}
