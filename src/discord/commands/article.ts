/**
 * `/article list | show | use | add | remove`. Each subcommand is one entry of SUBCOMMANDS (its
 * definition and its handler); `add` and `remove` (server managers only) live in article-admin.ts.
 */
import { SlashCommandBuilder, type SlashCommandSubcommandBuilder } from 'discord.js';
import type { BotContext, Origin } from '../context.ts';
import { channelArticle } from '../context.ts';
import { renderArticle, renderArticleList } from '../render/articles.ts';
import type { Reply } from '../render/reply.ts';
import { clip, oneLine, safe } from '../text.ts';
import { addSubcommand, removeSubcommand } from './article-admin.ts';
import type { CommandOptions, SlashCommand } from './command.ts';

interface Subcommand {
  define(sub: SlashCommandSubcommandBuilder): SlashCommandSubcommandBuilder;
  run(options: CommandOptions, origin: Origin, ctx: BotContext): Reply | Promise<Reply>;
}

/** "all" in `/article use` means every article again. */
export const ALL_ARTICLES = 'all';

const note = (content: string): Reply => ({ content, embeds: [], components: [], ephemeral: true });

const idOption = (sub: SlashCommandSubcommandBuilder, description: string) =>
  sub.addStringOption((o) =>
    o.setName('id').setDescription(description).setRequired(true).setAutocomplete(true),
  );

function unknown(ctx: BotContext, id: string): Reply {
  const some = ctx.library
    .articles()
    .slice(0, 5)
    .map((a) => `\`${a.id}\``)
    .join(', ');
  return note(
    `There is no article \`${safe(oneLine(id), 100)}\`. Try one of: ${some || 'none loaded'} (or \`/article list\`).`,
  );
}

const SUBCOMMANDS: Record<string, Subcommand> = {
  list: {
    define: (sub) => sub.setDescription('List the articles I can answer from.'),
    run: (_options, origin, ctx) =>
      renderArticleList(ctx.library.articles(), channelArticle(ctx, origin.channelId)),
  },
  show: {
    define: (sub) =>
      idOption(sub.setDescription('Show one article: title, source, opening paragraphs.'), 'The article'),
    run(options, origin, ctx) {
      const id = options.getString('id')?.trim() ?? '';
      if (!id) return note('Name the article: `/article show id:` (`/article list` lists them).');
      const article = ctx.library.article(id);
      if (!article) return unknown(ctx, id);
      return renderArticle(article, channelArticle(ctx, origin.channelId) === article.id);
    },
  },
  use: {
    define: (sub) =>
      idOption(
        sub.setDescription('Choose the article this channel asks about (kept across restarts).'),
        `The article, or "${ALL_ARTICLES}" for every article`,
      ),
    run(options, origin, ctx) {
      const id = options.getString('id')?.trim() ?? '';
      if (!id)
        return note(
          `Name the article, or \`${ALL_ARTICLES}\`: \`/article use id:\` (\`/article list\` lists them).`,
        );
      const article = id.toLowerCase() === ALL_ARTICLES ? undefined : ctx.library.article(id);
      if (id.toLowerCase() !== ALL_ARTICLES && !article) return unknown(ctx, id);
      let saved = true;
      try {
        ctx.store.set(origin.channelId, article?.id);
      } catch (error) {
        // The choice still holds until a restart; say that it could not be kept.
        ctx.logger.error({ err: error, file: ctx.store.file }, 'could not save the channel choice');
        saved = false;
      }
      const what = article
        ? `This channel now asks about “${clip(safe(oneLine(article.title), 200), 200)}” only. \`/article use all\` undoes it.`
        : 'This channel now asks about every article.';
      return {
        content: saved ? what : `${what} (I could not save this choice, so it lasts until I restart.)`,
        embeds: [],
        components: [],
      };
    },
  },
  add: addSubcommand,
  remove: removeSubcommand,
};

const builder = new SlashCommandBuilder()
  .setName('article')
  .setDescription('List the articles, show one, choose one for this channel, add or remove one.');
for (const [name, sub] of Object.entries(SUBCOMMANDS))
  builder.addSubcommand((s) => sub.define(s.setName(name)));

export const article: SlashCommand = {
  data: builder.toJSON(),
  help: {
    usage: '/article list | show id | use id | add file | remove id',
    summary:
      'List the articles, show one, or choose the one this channel asks about (`use all` for every article). Server managers add (`.txt`/`.md`) and remove articles.',
    example: '/article use id: harbour-strike',
  },
  cooldown: false,
  run(options, origin, ctx) {
    const sub = SUBCOMMANDS[options.getSubcommand(false) ?? 'list'];
    return sub
      ? sub.run(options, origin, ctx)
      : note('Use `/article list`, `show`, `use`, `add` or `remove`.');
  },
  autocomplete(options, _origin, ctx) {
    const typed = String(options.getFocused() ?? '').toLowerCase();
    const matches = ctx.library
      .articles()
      .filter((a) => !typed || a.id.includes(typed) || a.title.toLowerCase().includes(typed))
      .map((a) => ({ name: clip(`${oneLine(a.title)} (${a.id})`, 100), value: a.id }))
      .filter((c) => c.value.length <= 100);
    const all =
      options.getSubcommand(false) === 'use' && ALL_ARTICLES.startsWith(typed)
        ? [{ name: 'all articles', value: ALL_ARTICLES }]
        : [];
    return [...all, ...matches].slice(0, 25);
  },
};
