import { describe, expect, it } from 'vitest';
import { brief } from '../../commands/brief.js';
import { digest } from '../../commands/digest.js';
import { farewell } from '../../commands/farewell.js';
import { parseCommandText } from '../../commands/parse-command-text.js';
import { slackChannelId } from '../../src/adapters/slack/parse-command-text.js';

/** One grammar for Slack’s command text and the console’s command line. */
describe('parseCommandText for /farewell', () => {
  it('reads a bare view and the private flag in any order and case', () => {
    expect(parseCommandText(farewell, 'quotes private')).toEqual({ kind: 'run', options: { view: 'quotes', private: true } });
    expect(parseCommandText(farewell, '  PRIVATE   Article ')).toEqual({ kind: 'run', options: { view: 'article', private: true } });
  });

  it('takes no text as the default brief, posted in the channel', () => {
    expect(parseCommandText(farewell, '')).toEqual({ kind: 'run', options: {} });
  });

  it('accepts name:value for any option', () => {
    expect(parseCommandText(farewell, 'view:summary private:no')).toEqual({ kind: 'run', options: { view: 'summary', private: false } });
  });

  it('asks for usage on help, an unknown word, a bad value or a repeated option', () => {
    expect(parseCommandText(farewell, 'help')).toEqual({ kind: 'usage' });
    expect(parseCommandText(farewell, 'lyrics')).toEqual({ kind: 'usage', problem: 'Unknown option "lyrics".' });
    expect(parseCommandText(farewell, 'view:lyrics')).toEqual({ kind: 'usage', problem: '"lyrics" is not a valid view.' });
    expect(parseCommandText(farewell, 'quotes summary')).toEqual({ kind: 'usage', problem: 'Option "view" is given twice.' });
  });
});

describe('parseCommandText for /brief', () => {
  it('takes a bare link, plain or as Slack escapes it, as the required url', () => {
    expect(parseCommandText(brief, 'https://example.com/news/a_b?x=1 quotes')).toEqual({ kind: 'run', options: { url: 'https://example.com/news/a_b?x=1', view: 'quotes' } });
    expect(parseCommandText(brief, '<https://example.com/story|example.com/story> private')).toEqual({ kind: 'run', options: { url: 'https://example.com/story', private: true } });
    expect(parseCommandText(brief, 'url:https://example.com/x')).toEqual({ kind: 'run', options: { url: 'https://example.com/x' } });
  });

  it('asks for the link when it is missing', () => {
    expect(parseCommandText(brief, 'summary')).toEqual({ kind: 'usage', problem: 'Missing required option "url".' });
  });
});

describe('parseCommandText for /digest', () => {
  it('reads a subcommand with name:value options, times with colons and quoted phrases', () => {
    expect(parseCommandText(digest, 'subscribe time:08:30 timezone:Europe/London include:"jazz, blues rock"')).toEqual({
      kind: 'run',
      subcommand: 'subscribe',
      options: { time: '08:30', timezone: 'Europe/London', include: 'jazz, blues rock' },
    });
  });

  it('turns an escaped channel mention into the channel id with Slack’s reader, and takes any text without one (console)', () => {
    expect(parseCommandText(digest, 'status channel:<#C0NEWS|news>', slackChannelId)).toEqual({ kind: 'run', subcommand: 'status', options: { channel: 'C0NEWS' } });
    expect(parseCommandText(digest, 'preview channel:news')).toEqual({ kind: 'run', subcommand: 'preview', options: { channel: 'news' } });
    expect(parseCommandText(digest, 'preview channel:news', slackChannelId)).toMatchObject({ kind: 'usage', problem: expect.stringContaining('"news" is not a Slack channel') });
  });

  it('asks for a subcommand when none or an unknown one is given', () => {
    expect(parseCommandText(digest, '')).toEqual({ kind: 'usage', problem: 'Choose a subcommand.' });
    expect(parseCommandText(digest, 'subscrib')).toEqual({ kind: 'usage', problem: 'Unknown subcommand "subscrib".' });
    expect(parseCommandText(digest, 'status colour:red')).toEqual({ kind: 'usage', problem: 'Unknown option "colour:red".' });
    expect(parseCommandText(digest, 'status general')).toEqual({ kind: 'usage', problem: 'Unknown option "general".' });
  });
});
