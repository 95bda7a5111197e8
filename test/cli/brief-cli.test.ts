import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function brief(args: string[], input = '') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/brief.ts', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = 'Oasis will reunite for a world tour next summer, the band confirmed on Tuesday. “We are buzzing,” Liam Gallagher said.';

describe('brief CLI', () => {
  it('--json prints exactly the documented object', () => {
    const { code, stdout } = brief(['data/articles/jimmy-page-farewell.md', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['title', 'summary', 'quotes', 'sourcing', 'stats']);
    expect(Object.keys(json.quotes[0])).toEqual(['text', 'speaker', 'named', 'partial']);
    expect(Object.keys(json.sourcing)).toEqual(['unverified', 'cues']);
    expect(Object.keys(json.stats)).toEqual(['words', 'summaryWords']);
    expect(json.title).toMatch(/Jimmy Page/);
    expect(json.quotes).toHaveLength(5);
  });

  it('reads plain text on standard input and prints a readable brief', () => {
    const { code, stdout } = brief([], ARTICLE);
    expect(code).toBe(0);
    expect(stdout).toContain('Oasis will reunite for a world tour next summer');
    expect(stdout).toContain('“We are buzzing,”');
    expect(stdout).toContain('— Liam Gallagher');
  });

  it('--jsonl answers one line per input line, and a bad line with an error for its id', () => {
    const input = [JSON.stringify({ id: 'a', article: ARTICLE }), '{broken', JSON.stringify({ id: 'c', text: 'no article' }), JSON.stringify({ id: 'd', article: ARTICLE })].join('\n');
    const { code, stdout } = brief(['--jsonl'], input);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0].quotes[0]).toEqual({ text: 'We are buzzing,', speaker: 'Liam Gallagher', named: true, partial: false });
    expect(lines[1].error).toMatch(/line 2/);
    expect(lines[2].error).toMatch(/"article" must be a string/);
    expect(lines[3].summary[0]).toMatch(/^Oasis will reunite/);
  });

  it('--sentences N changes the summary length', () => {
    const { stdout } = brief(['data/articles/jimmy-page-farewell.md', '--json', '--sentences', '1']);
    expect(JSON.parse(stdout).summary).toHaveLength(1);
  });

  it('explains a missing file and a bad option instead of crashing', () => {
    expect(brief(['no/such/file.md'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/cannot read no\/such\/file\.md: ENOENT/) });
    expect(brief(['--sentences', 'three'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--sentences takes a whole number/) });
  });
});
