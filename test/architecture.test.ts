import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../src/core', import.meta.url));
const coreFiles = readdirSync(coreDir).filter((f) => f.endsWith('.ts'));

describe('src/core stays pure', () => {
  it.each(coreFiles)('%s imports no platform library, no node: module, no other part of the bot', (file) => {
    const source = readFileSync(join(coreDir, file), 'utf8');
    const imports = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]!);
    for (const spec of imports) expect(spec, `${file} imports ${spec}`).toMatch(/^(?:\.\/[\w-]+\.js|wink-nlp|wink-eng-lite-web-model)$/);
  });

  it.each(coreFiles)('%s reads no environment and no clock', (file) => {
    const source = readFileSync(join(coreDir, file), 'utf8');
    expect(source).not.toMatch(/process\.|Date\.now|new Date\(|performance\.now|Math\.random/);
  });
});
