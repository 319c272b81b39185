import { SlashCommandBuilder } from 'discord.js';
import { renderHelp } from '../render/help.ts';
import type { SlashCommand } from './command.ts';

/** `/help` lists the commands it is given (the registry), so it never goes out of date. */
export function helpCommand(list: () => readonly SlashCommand[]): SlashCommand {
  return {
    data: new SlashCommandBuilder()
      .setName('help')
      .setDescription('What I can do, with an example of each command.')
      .toJSON(),
    help: { usage: '/help', summary: 'This list.', example: '/help' },
    cooldown: false,
    run: () => renderHelp(list().map((c) => c.help)),
  };
}
