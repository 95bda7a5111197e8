import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** Discord's official OpenAPI spec, kept beside the repository (see its README for provenance). */
export const SPEC_PATH = fileURLToPath(new URL('../../../../shared/ext/discord-api-spec/openapi.json', import.meta.url));

let ajv: Ajv2020 | undefined;

/**
 * A validator for one schema of the spec, e.g. `RichEmbed`. The whole spec is loaded once so that
 * `$ref`s between schemas resolve; OpenAPI's own keywords and numeric formats are ignored.
 */
export function schemaValidator(name: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, formats: { int32: true, int64: true, double: true, nonce: true, snowflake: true } });
    addFormats.default(ajv, ['uri', 'date-time']);
    ajv.addSchema(JSON.parse(readFileSync(SPEC_PATH, 'utf8')), 'discord');
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
