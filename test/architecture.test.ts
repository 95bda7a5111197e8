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

/** Every .ts file below a folder, as paths relative to the project. */
function sourcesUnder(folder: string): string[] {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return (readdirSync(join(root, folder), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(folder, f));
}

function importsOf(file: string): string[] {
  const source = readFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), 'utf8');
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

const PLATFORM_LIBRARIES = /^(?:discord\.js|@discordjs\/|@slack\/)/;

describe('dependencies point one way: adapters -> commands -> core', () => {
  it.each(sourcesUnder('commands'))('%s imports no adapter and no platform library', (file) => {
    for (const spec of importsOf(file)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/src\/adapters\//);
      expect(spec, `${file} imports ${spec}`).not.toMatch(PLATFORM_LIBRARIES);
    }
  });

  const domain = ['src/articles', 'src/news', 'src/store', 'src/digest', 'src/ingest'].flatMap(sourcesUnder);
  it.each(domain)('%s imports no command, no adapter and no platform library', (file) => {
    for (const spec of importsOf(file)) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/(?:^|\/)commands\/|\/adapters\//);
      expect(spec, `${file} imports ${spec}`).not.toMatch(PLATFORM_LIBRARIES);
    }
  });

  it.each(sourcesUnder('src/adapters'))('%s imports no other platform’s adapter', (file) => {
    const platform = file.split('/')[2];
    for (const spec of importsOf(file)) {
      const other = /adapters\/(\w+)\//.exec(spec)?.[1] ?? /^\.\.\/(discord|slack|console)\//.exec(spec)?.[1];
      if (other) expect(other, `${file} imports ${spec}`).toBe(platform);
    }
  });
});
