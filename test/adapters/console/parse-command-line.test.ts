import { describe, expect, it } from 'vitest';
import { farewell } from '../../../commands/farewell.js';
import type { CommandDefinition } from '../../../commands/types.js';
import { parseCommandLine } from '../../../src/adapters/console/parse-command-line.js';

const noop = async () => ({ kind: 'text', text: '', private: false }) as const;

/** A made-up command with subcommands, to show the parser needs nothing command-specific. */
const schedule: CommandDefinition = {
  name: 'schedule',
  description: 'A schedule',
  subcommands: [
    { name: 'preview', description: 'See it now', options: [{ name: 'channel', description: 'Which', type: 'channel' }] },
    {
      name: 'subscribe',
      description: 'Post it here daily',
      options: [
        { name: 'hour', description: 'Local hour', type: 'integer', required: true },
        { name: 'timezone', description: 'IANA zone', type: 'string' },
        { name: 'include', description: 'Only stories with these words', type: 'string' },
      ],
    },
  ],
  run: noop,
};
const all = [farewell, schedule];

function parsed(line: string) {
  const result = parseCommandLine(line, all);
  if (!result.ok) throw new Error(`expected ${line} to parse: ${result.message}`);
  return { name: result.value.command.name, subcommand: result.value.subcommand, options: result.value.options };
}

function rejection(line: string) {
  const result = parseCommandLine(line, all);
  if (result.ok) throw new Error(`expected ${line} to be refused`);
  return { message: result.message, usageOf: result.command?.name };
}

describe('parseCommandLine', () => {
  it('reads a bare command with no options', () => {
    expect(parsed('/farewell')).toEqual({ name: 'farewell', subcommand: undefined, options: {} });
  });

  it('reads the rest with the same grammar as Slack: bare choices, boolean names, name:value, quotes', () => {
    expect(parsed('/farewell quotes private').options).toEqual({ view: 'quotes', private: true });
    expect(parsed('/farewell view:summary private:no').options).toEqual({ view: 'summary', private: false });
    expect(parsed('/schedule subscribe hour:9 timezone:Europe/London include:“led zeppelin”')).toEqual({
      name: 'schedule', subcommand: 'subscribe', options: { hour: 9, timezone: 'Europe/London', include: 'led zeppelin' },
    });
  });

  it('takes any text as a channel: the console has no channel ids to check', () => {
    expect(parsed('/schedule preview channel:news').options).toEqual({ channel: 'news' });
  });

  it('GIVEN a line without a slash or an unknown command THEN it points to /help', () => {
    expect(rejection('farewell').message).toMatch(/start with a slash.*\/help/);
    expect(rejection('/goodbye')).toEqual({ message: 'Unknown command /goodbye. Type /help for the list.', usageOf: undefined });
  });

  it('GIVEN a missing or unknown subcommand, a stray word or a bad value THEN it says what is wrong and offers that command’s usage', () => {
    expect(rejection('/schedule')).toEqual({ message: 'Choose a subcommand.', usageOf: 'schedule' });
    expect(rejection('/schedule unsubscribe')).toEqual({ message: 'Unknown subcommand "unsubscribe".', usageOf: 'schedule' });
    expect(rejection('/farewell bogus')).toEqual({ message: 'Unknown option "bogus".', usageOf: 'farewell' });
    expect(rejection('/farewell private:perhaps').message).toBe('"perhaps" is not a valid private.');
    expect(rejection('/schedule subscribe hour:eight').message).toBe('"eight" is not a valid hour.');
    expect(rejection('/schedule subscribe timezone:UTC').message).toBe('Missing required option "hour".');
    expect(rejection('/farewell quotes summary').message).toBe('Option "view" is given twice.');
  });

  it('GIVEN help after a command THEN it asks for that command’s usage, with no problem to report', () => {
    expect(rejection('/schedule help')).toEqual({ message: undefined, usageOf: 'schedule' });
  });
});
