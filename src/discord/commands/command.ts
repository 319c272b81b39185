/**
 * A slash command: its typed definition (what deploy-commands registers) beside its handler. Handlers
 * return the reply to send; the dispatcher sends it, so handlers never touch the network.
 */
import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext, Origin } from '../context.ts';
import type { CommandHelp } from '../render/help.ts';
import type { Reply } from '../render/reply.ts';

/** The parts of an interaction's options a handler reads (a test can hand in its own). */
export type CommandOptions = Pick<
  ChatInputCommandInteraction['options'],
  'getString' | 'getBoolean' | 'getSubcommand' | 'getAttachment'
>;
export type FocusedOptions = Pick<
  AutocompleteInteraction['options'],
  'getFocused' | 'getString' | 'getSubcommand'
>;

export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  help: CommandHelp;
  /** Counts against the user's cooldown (the commands that search). */
  cooldown: boolean;
  /** A promise when the reply takes a while (a download): the dispatcher defers, privately, meanwhile. */
  run(options: CommandOptions, origin: Origin, ctx: BotContext): Reply | Promise<Reply>;
  autocomplete?(
    options: FocusedOptions,
    origin: Origin,
    ctx: BotContext,
  ): ApplicationCommandOptionChoiceData[];
}

/** Suggestions as autocomplete choices: at most 25, each name and value within 100 characters. */
export function choices(values: readonly string[]): ApplicationCommandOptionChoiceData<string>[] {
  const out: ApplicationCommandOptionChoiceData<string>[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    // A value cannot be shortened (it is what the command receives); too long a one is left out.
    if (!value.trim() || value.length > 100 || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: value, value });
    if (out.length === 25) break;
  }
  return out;
}
