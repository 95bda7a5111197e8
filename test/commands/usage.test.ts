import { describe, expect, it } from 'vitest';
import { digest } from '../../commands/digest.js';
import { farewell } from '../../commands/farewell.js';
import { commandUsage } from '../../commands/usage.js';

describe('commandUsage', () => {
  it('writes how to type each command from its definition', () => {
    expect(commandUsage(farewell)).toContain('Usage: /farewell [brief|summary|quotes|article] [private]');
    expect(commandUsage(digest)).toContain('• /digest subscribe [time:<text>] [timezone:<text>] [channel:#channel] [include:<text>] [exclude:<text>]: Post a digest every day at a local time');
  });

  it('describes each option once, even when several subcommands share it', () => {
    expect(commandUsage(digest).match(/^• channel: /gm)).toHaveLength(1);
  });

  it('marks up names and syntax in the platform’s style', () => {
    const usage = commandUsage(farewell, { title: (t) => `*${t}*`, code: (t) => `\`${t}\`` });
    expect(usage.split('\n').slice(0, 2)).toEqual(['*/farewell*: The featured story: Jimmy Page writing his farewell piece', 'Usage: `/farewell [brief|summary|quotes|article] [private]`']);
    expect(usage).toContain('• `private`: Only you see the answer');
  });
});
