import { runChat } from '../chat.ts';
import type { CliCommand } from '../command.ts';
import { colorWanted } from '../style.ts';

export const chat: CliCommand = {
  name: 'chat',
  summary: 'a local chat over the articles, rendered as the bot would (what npm start opens without a token)',
  usage: 'chat [--articles DIR]',
  async run({ io, library }) {
    const lib = library();
    await runChat(lib, {
      input: io.stdin,
      output: io.stdout,
      color: colorWanted(io.env, io.isTTY),
      prompt: io.isTTY,
    });
    return 0;
  },
};
