import { parseCommandText } from '../../../commands/parse-command-text.js';
import type { CommandDefinition, OptionValue } from '../../../commands/index.js';

export interface ParsedCommandLine {
  command: CommandDefinition;
  subcommand?: string;
  options: Record<string, OptionValue>;
}

/** A line to run, or why not: `command` is set when its usage would help (a problem with its options, or `help`). */
export type ParseResult = { ok: true; value: ParsedCommandLine } | { ok: false; message?: string; command?: CommandDefinition };

/**
 * Reads `/name [subcommand] [options...]`: the name here, the rest with the same grammar as Slack
 * (`commands/parse-command-text.ts`), so every command works in the console without console code.
 */
export function parseCommandLine(line: string, commands: readonly CommandDefinition[]): ParseResult {
  const typed = /^\/(\S+)\s*(.*)$/su.exec(line.trim());
  if (!typed) return { ok: false, message: 'Commands start with a slash, for example /farewell. Type /help for the list.' };
  const command = commands.find((c) => c.name === typed[1]!.toLowerCase());
  if (!command) return { ok: false, message: `Unknown command /${typed[1]}. Type /help for the list.` };
  const parsed = parseCommandText(command, typed[2]!);
  if (parsed.kind === 'usage') return { ok: false, command, ...(parsed.problem ? { message: parsed.problem } : {}) };
  return { ok: true, value: { command, ...(parsed.subcommand ? { subcommand: parsed.subcommand } : {}), options: parsed.options } };
}
