/**
 * `npm run --silent brief -- [FILE|-] [--json | --jsonl] [--sentences N]`
 * Briefs one article (a `.md` file with front matter, plain text, or standard input), or with
 * `--jsonl` a stream of `{id, article}` lines, one brief a line.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { makeBrief, toBriefJson } from '../core/index.js';
import { formatBriefText } from './format-brief-text.js';
import { fail } from './fail.js';

const USAGE = 'usage: npm run --silent brief -- [FILE|-] [--json | --jsonl] [--sentences N]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, sentences: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = args;
  if (values.help) return fail(USAGE, 0);
  if (values.json && values.jsonl) return fail(`--json and --jsonl cannot be used together\n${USAGE}`, 2);
  if (positionals.length > 1) return fail(`one FILE at most\n${USAGE}`, 2);
  const maxSentences = values.sentences === undefined ? 3 : Number(values.sentences);
  if (!Number.isInteger(maxSentences) || maxSentences < 1) return fail(`--sentences takes a whole number from 1 up, not "${values.sentences}"`, 2);
  const options = { maxSentences, maxWords: values.sentences === undefined ? 75 : null };

  if (values.jsonl) return briefLines(options);

  const file = positionals[0] ?? '-';
  let content: string;
  try {
    content = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 1);
  }
  const { text, title } = splitFrontMatter(content, file);
  const brief = makeBrief({ text, title }, options);
  process.stdout.write(values.json ? `${JSON.stringify(toBriefJson(brief))}\n` : `${formatBriefText(brief)}\n`);
  return 0;
}

/** One `{id, ...brief}` line per input line; a bad line answers `{id, error}` and the rest go on. */
async function briefLines(options: { maxSentences: number; maxWords: number | null }): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let id: unknown = null;
    let output: object;
    try {
      const item = JSON.parse(line) as { id?: unknown; article?: unknown; title?: unknown };
      id = item?.id ?? null;
      if (typeof item !== 'object' || item === null || typeof item.article !== 'string') throw new Error('"article" must be a string');
      const title = typeof item.title === 'string' ? item.title : null;
      output = { id, ...toBriefJson(makeBrief({ text: item.article, title }, options)) };
    } catch (error) {
      output = { id, error: `line ${lineNumber}: ${(error as Error).message}` };
    }
    process.stdout.write(`${JSON.stringify(output)}\n`);
  }
  return 0;
}

/** A `.md` article's front matter gives the title; the rest is the text. */
function splitFrontMatter(content: string, file: string): { text: string; title: string | null } {
  if (!/^---\r?\n/u.test(content)) return { text: content, title: null };
  try {
    const parsed = matter(content, {});
    const title = typeof parsed.data.title === 'string' ? parsed.data.title : null;
    return { text: parsed.content, title };
  } catch (error) {
    process.stderr.write(`${file}: front matter ignored (${(error as Error).message.split('\n')[0]})\n`);
    return { text: content, title: null };
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

process.exitCode = await main();
