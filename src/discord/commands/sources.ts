import { SlashCommandBuilder } from 'discord.js';
import { channelArticle } from '../context.ts';
import { renderSources } from '../render/claims.ts';
import type { SlashCommand } from './command.ts';

export const sources: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Who the articles quote, how often, and in what stance.')
    .toJSON(),
  help: {
    usage: '/sources',
    summary: 'Everyone the articles quote or cite, with how many claims and in what stance.',
    example: '/sources',
  },
  cooldown: true,
  run(_options, origin, ctx) {
    const articleId = channelArticle(ctx, origin.channelId);
    return renderSources(ctx.library.sources(articleId ? { articleId } : {}));
  },
};
