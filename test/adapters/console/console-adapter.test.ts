import { PassThrough } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { farewell } from '../../../commands/farewell.js';
import type { BriefedArticle, CommandDefinition, CommandServices } from '../../../commands/types.js';
import { createConsoleAdapter } from '../../../src/adapters/console/console-adapter.js';
import { makeBrief } from '../../../src/core/index.js';

const body = '“The last note is the hardest,” the guitarist Ada Lane said on Tuesday. She will play one final show in London next spring.';
const item: BriefedArticle = {
  article: { title: 'Last note', slug: 'last-note', published: '2026-11-25', featured: true, tags: [], body, origin: 'test' },
  brief: makeBrief({ text: body, title: 'Last note' }),
};
const services: CommandServices = { featured: async () => item };

const broken: CommandDefinition = {
  name: 'broken',
  description: 'Always throws',
  run: async () => {
    throw new Error('database is locked');
  },
};

/** Runs the adapter over the given input lines (then end of input) and returns all it printed. */
async function converse(lines: string[], firstLine?: string, commands = [farewell, broken]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const adapter = createConsoleAdapter({ commands, services, log: pino({ level: 'silent' }), input, output, colour: false });
  const finished = adapter.run(firstLine);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await finished;
  return printed;
}

describe('console adapter', () => {
  it('answers the first line, then each typed command in the order given, and finishes at end of input', async () => {
    const printed = await converse(['/farewell quotes', '/farewell summary'], '/farewell summary');
    expect(printed.match(/^(?:Summary|Quotes)$/gm)).toEqual(['Summary', 'Quotes', 'Summary']);
    expect(printed).toContain('“The last note is the hardest,”\n      — the guitarist Ada Lane');
  });

  it('lists every command with its options on /help', async () => {
    const printed = await converse(['/help']);
    expect(printed).toContain('/farewell: The featured story');
    expect(printed).toContain('Usage: /farewell [brief|summary|quotes|article] [private]');
    expect(printed).toContain('• view: What to show');
    expect(printed).toContain('/broken: Always throws');
  });

  it('GIVEN a mistyped option THEN it names the problem and shows how that command is typed', async () => {
    const printed = await converse(['/farewell lyrics', '/farewell help']);
    expect(printed).toContain('✗ Unknown option "lyrics".\n\n/farewell: The featured story');
    expect(printed.match(/Usage: \/farewell/g)).toHaveLength(2);
  });

  it('GIVEN a mistyped command THEN it explains and keeps reading the next line', async () => {
    const printed = await converse(['farewell', '/farewell', '']);
    expect(printed).toContain('✗ Commands start with a slash');
    expect(printed).toContain('Summary');
  });

  it('GIVEN a command that throws THEN it answers with an error and goes on', async () => {
    const printed = await converse(['/broken', '/farewell summary']);
    expect(printed).toContain('✗ Something went wrong running that command');
    expect(printed).not.toContain('database is locked');
    expect(printed).toContain('Summary\n  “The last note is the hardest,” the guitarist Ada Lane said on Tuesday.');
  });

  it('stops reading when asked, even while the input stays open', async () => {
    const input = new PassThrough();
    const adapter = createConsoleAdapter({ commands: [farewell], services, log: pino({ level: 'silent' }), input, output: new PassThrough() });
    const finished = adapter.run();
    await adapter.stop();
    await expect(finished).resolves.toBeUndefined();
  });
});
