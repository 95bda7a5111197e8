import type { CommandDefinition, CommandOption, OptionValue } from '../../../commands/index.js';

export interface ParsedCommandLine {
  command: CommandDefinition;
  subcommand?: string;
  options: Record<string, OptionValue>;
}

export type ParseResult = { ok: true; value: ParsedCommandLine } | { ok: false; message: string };

/**
 * Reads `/name [subcommand] [values...]` against the neutral definitions, so every command works
 * in the console without console-specific code. A value is `name:value` (quotes allow spaces), a
 * bare choice (`quotes`), a bare boolean option name (`private`), or else the next unfilled option.
 */
export function parseCommandLine(line: string, commands: readonly CommandDefinition[]): ParseResult {
  const words = splitWords(line.trim());
  const head = words.shift() ?? '';
  if (!head.startsWith('/')) return fail('Commands start with a slash, for example /farewell. Type /help for the list.');
  const command = commands.find((c) => c.name === head.slice(1).toLowerCase());
  if (!command) return fail(`Unknown command ${head}. Type /help for the list.`);

  let subcommand: string | undefined;
  let declared: readonly CommandOption[] = command.options ?? [];
  if (command.subcommands?.length) {
    const names = command.subcommands.map((s) => s.name);
    const sub = command.subcommands.find((s) => s.name === words[0]?.toLowerCase());
    if (!sub) return fail(`/${command.name} needs one of: ${names.join(', ')}.`);
    words.shift();
    subcommand = sub.name;
    declared = sub.options;
  }

  const options: Record<string, OptionValue> = {};
  for (const word of words) {
    const assigned = assignWord(word, declared, options);
    if (typeof assigned === 'string') return fail(assigned);
  }
  const missing = declared.find((o) => o.required && options[o.name] === undefined);
  if (missing) return fail(`/${[command.name, subcommand].filter(Boolean).join(' ')} needs ${missing.name}:<${missing.type}>.`);
  return { ok: true, value: { command, subcommand, options } };
}

/** Puts one word into `options`; returns a reason when it fits no option. */
function assignWord(word: string, declared: readonly CommandOption[], options: Record<string, OptionValue>): true | string {
  const separator = word.indexOf(':');
  const named = separator > 0 ? declared.find((o) => o.name === word.slice(0, separator).toLowerCase()) : undefined;
  const option =
    named ??
    declared.find((o) => o.choices?.some((c) => c.value === word.toLowerCase())) ??
    declared.find((o) => o.type === 'boolean' && o.name === word.toLowerCase()) ??
    declared.find((o) => options[o.name] === undefined && !o.choices && o.type !== 'boolean');
  if (!option) {
    const known = declared.map(optionUsage);
    return `"${word}" fits no option here. Options: ${known.join(', ') || 'none'}.`;
  }
  const raw = named ? word.slice(separator + 1) : option.type === 'boolean' && word.toLowerCase() === option.name ? 'true' : word;
  const value = convert(raw, option);
  if (typeof value === 'object') return value.error;
  options[option.name] = value;
  return true;
}

function convert(raw: string, option: CommandOption): OptionValue | { error: string } {
  if (option.choices) {
    const choice = option.choices.find((c) => c.value === raw.toLowerCase());
    return choice ? choice.value : { error: `${option.name} takes one of: ${option.choices.map((c) => c.value).join(', ')}.` };
  }
  if (option.type === 'boolean') {
    if (/^(true|yes|1)$/i.test(raw)) return true;
    if (/^(false|no|0)$/i.test(raw)) return false;
    return { error: `${option.name} takes true or false.` };
  }
  if (option.type === 'integer') {
    return /^-?\d+$/.test(raw) ? Number(raw) : { error: `${option.name} takes a whole number, not "${raw}".` };
  }
  return raw;
}

/** Splits on spaces, keeping "quoted text" (also after `name:`) together without its quotes. */
function splitWords(line: string): string[] {
  return [...line.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0].replace(/"/g, ''));
}

/** `view:brief|summary` or `count:<integer>`: how to write an option. */
export function optionUsage(option: CommandOption): string {
  return `${option.name}:${option.choices ? option.choices.map((c) => c.value).join('|') : `<${option.type}>`}`;
}

const fail = (message: string): ParseResult => ({ ok: false, message });
