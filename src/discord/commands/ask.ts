import { SlashCommandBuilder } from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../answer/question.ts';
import { askReply } from '../asking.ts';
import type { SlashCommand } from './command.ts';

export const ask: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question about the articles; I answer with their own sentences and who says so.')
    .addStringOption((o) =>
      o
        .setName('question')
        .setDescription('Your question, e.g. "What did the minister say about the strike?"')
        .setRequired(true)
        // Discord's own cap is 6,000; the core turns away what is over its limit politely anyway.
        .setMaxLength(Math.max(MAX_QUESTION_CHARS, 1000)),
    )
    .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer.'))
    .toJSON(),
  help: {
    usage: '/ask question [private]',
    summary:
      'Quoted passages that answer the question, with who says so and how; buttons for more and for context.',
    example: '/ask question: What did the governor say?',
  },
  cooldown: true,
  run(options, origin, ctx) {
    return askReply(ctx, options.getString('question') ?? '', origin, options.getBoolean('private') ?? false);
  },
};
