import type { CommandDefinition, CommandOption, OptionValue } from './types.js';

/** What the text after a slash command asks for. */
export type ParsedCommandText =
  | { kind: 'run'; subcommand?: string; options: Record<string, OptionValue> }
  | { kind: 'usage'; problem?: string };

/** `name:value`, `name:"two words"`, a bare `"quoted phrase"` or a bare word. */
const TOKEN = /([A-Za-z][\w-]*):(?:"([^"]*)"|“([^”]*)”|(\S*))|"([^"]*)"|“([^”]*)”|(\S+)/gu;

/** How a platform writes a channel: returns its id, or why the text names no channel it can act on. */
export type ReadChannel = (raw: string) => string | { problem: string };

/** Without a platform to ask, any non-empty text names a channel (the console). */
const anyText: ReadChannel = (raw) => raw.trim() || { problem: 'Name a channel.' };

/**
 * Slack and the console hand options over as one string, so `/farewell quotes private` or
 * `/digest subscribe time:08:30 timezone:Europe/London include:jazz` is read against the
 * command's neutral definition: `name:value` for any option, a bare choice value for a string
 * option with choices, a bare option name for a boolean, a bare word for the next required text
 * option. `help` or anything unknown asks for usage. `readChannel` vets `channel` options.
 */
export function parseCommandText(definition: CommandDefinition, text: string, readChannel: ReadChannel = anyText): ParsedCommandText {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ name: m[1], value: m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? '' }));
  if (tokens.some((t) => !t.name && t.value.toLowerCase() === 'help')) return { kind: 'usage' };
  let subcommand: string | undefined;
  let declared = definition.options ?? [];
  if (definition.subcommands) {
    const first = tokens.shift();
    const chosen = definition.subcommands.find((s) => !first?.name && s.name === first?.value.toLowerCase());
    if (!chosen) return { kind: 'usage', problem: first ? `Unknown subcommand "${first.value}".` : 'Choose a subcommand.' };
    subcommand = chosen.name;
    declared = chosen.options;
  }
  const options: Record<string, OptionValue> = {};
  for (const raw of tokens) {
    // `https://…` looks like `name:value`; a name we do not know makes it a plain word again.
    const named = raw.name ? declared.find((o) => o.name === raw.name!.toLowerCase()) : undefined;
    const token = raw.name && !named ? { name: undefined, value: `${raw.name}:${raw.value}` } : raw;
    const option = named ?? bareOption(declared, token.value, options);
    if (!option) return { kind: 'usage', problem: `Unknown option "${token.value}".` };
    if (option.name in options) return { kind: 'usage', problem: `Option "${option.name}" is given twice.` };
    if (option.type === 'channel') {
      const channel = readChannel(token.value);
      if (typeof channel !== 'string') return { kind: 'usage', problem: channel.problem };
      options[option.name] = channel;
      continue;
    }
    const value = !named && option.type === 'boolean' ? true : convert(option, token.value);
    if (value === undefined) return { kind: 'usage', problem: `"${token.value}" is not a valid ${option.name}.` };
    options[option.name] = value;
  }
  const missing = declared.find((o) => o.required && !(o.name in options));
  if (missing) return { kind: 'usage', problem: `Missing required option "${missing.name}".` };
  return { kind: 'run', ...(subcommand ? { subcommand } : {}), options };
}

/** A plain word is a choice value, a boolean's name, or else the value of the next required free-text option (`/brief https://…`). */
function bareOption(declared: readonly CommandOption[], word: string, given: Record<string, OptionValue>): CommandOption | undefined {
  const lower = word.toLowerCase();
  return (
    declared.find((o) => o.choices?.some((c) => c.value.toLowerCase() === lower)) ??
    declared.find((o) => o.type === 'boolean' && o.name === lower) ??
    declared.find((o) => o.required && o.type === 'string' && !o.choices && !(o.name in given))
  );
}

const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];

function convert(option: CommandOption, raw: string): OptionValue | undefined {
  const value = raw.trim();
  if (option.type === 'boolean') {
    if (TRUE_WORDS.includes(value.toLowerCase())) return true;
    return FALSE_WORDS.includes(value.toLowerCase()) ? false : undefined;
  }
  if (option.type === 'integer') return /^-?\d{1,15}$/u.test(value) ? Number(value) : undefined;
  if (option.choices) return option.choices.find((c) => c.value.toLowerCase() === value.toLowerCase())?.value;
  // Slack escapes `#general`, `@someone` and links as `<#C123|general>`, `<@U123>`, `<https://…|…>`: keep the id or URL
  // (nobody types that shape by hand elsewhere).
  const escaped = /^<([#@]?)([^|>]+)(?:\|[^>]*)?>$/u.exec(value);
  if (escaped) return escaped[2]!;
  return value === '' ? undefined : value;
}
