import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { settingNames } from '../src/config.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const tsxLoader = pathToFileURL(join(projectDir, 'node_modules/tsx/dist/loader.mjs')).href;
const mainFile = join(projectDir, 'src/main.ts');

/**
 * No settings at all: every variable the bot reads is blanked (an empty value counts as unset, and
 * dotenv never overrides a variable that exists), so a developer's own `.env` cannot leak in.
 */
function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const blank = Object.fromEntries(settingNames.map((name) => [name, '']));
  const dir = mkdtempSync(join(tmpdir(), 'farewell-main-'));
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...blank, DATABASE_PATH: join(dir, 'bot.db'), ...extra };
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): { output: () => Omit<Finished, 'code' | 'signal'>; exited: Promise<Finished> } {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { output: () => ({ stdout, stderr }), exited };
}

const startBot = (env: NodeJS.ProcessEnv, cwd = projectDir) => spawn(process.execPath, ['--import', tsxLoader, mainFile], { cwd, env });

describe('npm start', () => {
  it('GIVEN no settings WHEN /farewell and /farewell quotes are typed THEN it answers with the summary and the quotes with speakers, and ends at end of input', async () => {
    const child = spawn('npm', ['start', '--silent'], { cwd: projectDir, env: bareEnv() });
    const { exited } = collect(child);
    child.stdin.end('/farewell\n/farewell quotes\n');
    const { code, stdout, stderr } = await exited;

    expect(code, stderr).toBe(0);
    expect(stdout).toContain('Summary\n  The world of rock music grew silent today');
    expect(stdout).toContain('“This isn’t just a song,”\n      — his wife (unnamed)');
    expect(stdout).toContain('“It could be months or years,”\n      — one close friend (unnamed)');
    // The featured brief at start, the /farewell brief, then /farewell quotes alone.
    expect(stdout.match(/^Summary$/gm)).toHaveLength(2);
    expect(stdout.match(/^Quotes$/gm)).toHaveLength(3);
    // Standard output is only the conversation: logs go to standard error.
    expect(stdout).not.toContain('"level"');
    expect(stdout).not.toContain('\u001b[');
  });

  it('GIVEN no settings WHEN /digest preview is typed THEN it previews today’s digest from the article files, offline', async () => {
    const child = spawn('npm', ['start', '--silent'], { cwd: projectDir, env: bareEnv() });
    const { exited } = collect(child);
    child.stdin.end('/digest preview\n/digest subscribe\n');
    const { code, stdout, stderr } = await exited;
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/Digest for \d{4}-\d{2}-\d{2}/);
    expect(stdout).toContain('Jimmy Page is writing his farewell');
    expect(stdout).toContain('run this there');
  });

  it('GIVEN a malformed setting THEN it exits 2 with one line naming the variable and what it expects', async () => {
    const { code, stdout, stderr } = await collect(startBot(bareEnv({ PORT: 'eighty' }))).exited;
    expect(code).toBe(2);
    expect(stderr).toBe('farewell-bot: configuration error: PORT: expected a port number from 0 to 65535 (got "eighty")\n');
    expect(stdout).toBe('');
  });

  it('reads settings from a .env file in the working directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'farewell-dotenv-'));
    writeFileSync(join(dir, '.env'), 'LOG_LEVEL=chatty\n');
    const env = bareEnv();
    delete env.LOG_LEVEL;
    const { code, stderr } = await collect(startBot(env, dir)).exited;
    expect(code).toBe(2);
    expect(stderr).toContain('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "chatty")');
  });

  it('GIVEN it is waiting at the prompt WHEN it receives SIGTERM THEN it closes everything and exits 0', async () => {
    const child = startBot(bareEnv());
    const { output, exited } = collect(child);
    // Ready once the featured brief is printed; standard input stays open, as at a prompt.
    await new Promise<void>((resolve) => child.stdout!.on('data', () => output().stdout.includes('Sourcing:') && resolve()));
    child.kill('SIGTERM');
    // The bound: ended cleanly within 5 seconds of the signal.
    const limit = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 5_000).unref());
    expect(await Promise.race([exited.then(() => 'ended'), limit])).toBe('ended');
    const { code, signal, stderr } = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(stderr).toContain('"reason":"SIGTERM"');
    expect(stderr).toContain('"clean":true');
  });
});
