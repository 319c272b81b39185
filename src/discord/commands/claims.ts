import { SlashCommandBuilder } from 'discord.js';
import { channelArticle } from '../context.ts';
import { renderClaims } from '../render/claims.ts';
import { choices, type SlashCommand } from './command.ts';

export const claims: SlashCommand = {
  data: new SlashCommandBuilder()
    .setName('claims')
    .setDescription('Claims on a topic, grouped by who makes them.')
    .addStringOption((o) =>
      o
        .setName('topic')
        .setDescription('What the claims are about')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('source')
        .setDescription('Only this person or organisation')
        .setMaxLength(100)
        .setAutocomplete(true),
    )
    .toJSON(),
  help: {
    usage: '/claims topic [source]',
    summary: 'What each source claims on a topic, grouped by source, with the stance of each claim.',
    example: '/claims topic: casualties source: the ministry',
  },
  cooldown: true,
  run(options, origin, ctx) {
    const topic = options.getString('topic')?.trim() ?? '';
    const source = options.getString('source')?.trim() || undefined;
    if (!topic)
      return {
        content: 'Name a topic, for example `/claims topic: prisoners`.',
        embeds: [],
        components: [],
        ephemeral: true,
      };
    const articleId = channelArticle(ctx, origin.channelId);
    const result = ctx.library.claims(topic, {
      ...(source ? { source } : {}),
      ...(articleId ? { articleId } : {}),
    });
    return renderClaims(result, source);
  },
  autocomplete(options, _origin, ctx) {
    const focused = options.getFocused(true);
    const prefix = String(focused.value ?? '');
    return choices(
      focused.name === 'source'
        ? ctx.library.suggestSources(prefix, 25)
        : ctx.library.suggestTopics(prefix, 25),
    );
  },
};
