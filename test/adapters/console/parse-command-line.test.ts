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
    { name: 'preview', description: 'See it now', options: [] },
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

function rejection(line: string): string {
  const result = parseCommandLine(line, all);
  if (result.ok) throw new Error(`expected ${line} to be refused`);
  return result.message;
}

describe('parseCommandLine', () => {
  it('reads a bare command with no options', () => {
    expect(parsed('/farewell')).toEqual({ name: 'farewell', subcommand: undefined, options: {} });
  });

  it('takes a bare choice value as the option that offers it, and a bare boolean option name as true', () => {
    expect(parsed('/farewell quotes private').options).toEqual({ view: 'quotes', private: true });
  });

  it('takes name:value for any option, converting booleans and whole numbers', () => {
    expect(parsed('/farewell view:summary private:no').options).toEqual({ view: 'summary', private: false });
    expect(parsed('/schedule subscribe hour:8 timezone:Europe/London')).toEqual({
      name: 'schedule', subcommand: 'subscribe', options: { hour: 8, timezone: 'Europe/London' },
    });
  });

  it('fills free-text options in order from bare values, and keeps "quoted words" together', () => {
    expect(parsed('/schedule subscribe 7 Asia/Tokyo "jimmy page"').options).toEqual({ hour: 7, timezone: 'Asia/Tokyo', include: 'jimmy page' });
    expect(parsed('/schedule subscribe hour:9 include:"led zeppelin"').options).toEqual({ hour: 9, include: 'led zeppelin' });
  });

  it('GIVEN a line without a slash or an unknown command THEN it points to /help', () => {
    expect(rejection('farewell')).toMatch(/start with a slash.*\/help/);
    expect(rejection('/goodbye')).toMatch(/Unknown command \/goodbye.*\/help/);
  });

  it('GIVEN a command with subcommands and none named THEN it lists the subcommands', () => {
    expect(rejection('/schedule')).toBe('/schedule needs one of: preview, subscribe.');
    expect(rejection('/schedule unsubscribe')).toBe('/schedule needs one of: preview, subscribe.');
  });

  it('GIVEN a value no option accepts THEN it names the options and their values', () => {
    expect(rejection('/farewell bogus')).toBe('"bogus" fits no option here. Options: view:brief|summary|quotes|article, private:<boolean>.');
    expect(rejection('/farewell view:bogus')).toBe('view takes one of: brief, summary, quotes, article.');
    expect(rejection('/farewell private:perhaps')).toBe('private takes true or false.');
  });

  it('GIVEN a malformed number or a missing required option THEN it says what is expected', () => {
    expect(rejection('/schedule subscribe hour:eight')).toBe('hour takes a whole number, not "eight".');
    expect(rejection('/schedule subscribe timezone:UTC')).toBe('/schedule subscribe needs hour:<integer>.');
  });
});
