import { SlashCommandBuilder } from 'discord.js';
import { channelArticle } from '../context.ts';
import { renderDisputes } from '../render/claims.ts';
import type { SlashCommand } from './command.ts';

export const disputes: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('disputes')
    .setDescription('Where the sources in the articles contradict each other.')
    .toJSON(),
  help: {
    usage: '/disputes',
    summary: 'Points on which sources disagree, each side quoted with who says it.',
    example: '/disputes',
  },
  cooldown: true,
  run(_options, origin, ctx) {
    const articleId = channelArticle(ctx, origin.channelId);
    return renderDisputes(ctx.library.disputes(articleId ? { articleId } : {}));
  },
};
