/**
 * `/article add` and `/article remove`: server managers add an article (an attached `.txt` or `.md`
 * file) to the articles folder, or remove one. The folder is the store, so what they add survives
 * a restart, and the library is updated at once so the next question finds it.
 *
 * Discord sets permissions per command, not per subcommand, so `/article` stays visible to everyone
 * (list, show and use are for all) and these two check the member's Manage Server permission here.
 */
import type { SlashCommandSubcommandBuilder } from 'discord.js';
import type { BotContext, Origin } from '../context.ts';
import type { Reply } from '../render/reply.ts';
import { clip, oneLine, safe } from '../text.ts';
import {
  checkUpload,
  deleteArticleFile,
  downloadAttachment,
  storeArticleFile,
  tooBigNote,
  uploadFileName,
} from './article-files.ts';
import type { CommandOptions } from './command.ts';

const note = (content: string): Reply => ({ content, embeds: [], components: [], ephemeral: true });

export const NOT_IN_DMS = 'Articles are added and removed in a server, not in direct messages.';
export const NEEDS_MANAGE_SERVER =
  'Sorry, only members who may **Manage Server** can add or remove articles here.';
export const UPLOADS_OFF = 'Adding and removing articles from Discord is not set up for this bot.';

/** Who may change the library, and whether it can be changed: a refusal, or undefined. */
function refusal(origin: Origin, ctx: BotContext): Reply | undefined {
  if (!origin.guildId) return note(NOT_IN_DMS);
  if (!origin.canManageGuild) return note(NEEDS_MANAGE_SERVER);
  if (!ctx.articleFiles) return note(UPLOADS_OFF);
  return undefined;
}

const title = (t: string) => `“${clip(safe(oneLine(t), 200), 200)}”`;

export const addSubcommand = {
  define: (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setDescription('Add an article from a .txt or .md file (Manage Server only).')
      .addAttachmentOption((o) =>
        o
          .setName('file')
          .setDescription('The article: headline on the first line, then its text')
          .setRequired(true),
      )
      .addBooleanOption((o) =>
        o.setName('replace').setDescription('Replace an article file of the same name').setRequired(false),
      ),
  run(options: CommandOptions, origin: Origin, ctx: BotContext): Reply | Promise<Reply> {
    const refused = refusal(origin, ctx);
    if (refused) return refused;
    const files = ctx.articleFiles;
    const attachment = options.getAttachment('file');
    if (!files || !attachment)
      return note('Attach the article as a `.txt` or `.md` file: `/article add file:`.');
    // Refusals that need no download come first, and without a deferral.
    const early = uploadFileName(attachment.name, '');
    if ('reason' in early) return note(early.reason);
    if (attachment.size > files.maxBytes) return note(tooBigNote(files.maxBytes));
    return add(attachment, options.getBoolean('replace') ?? false, origin, ctx, files);
  },
};

async function add(
  attachment: { name: string; url: string },
  replace: boolean,
  origin: Origin,
  ctx: BotContext,
  files: NonNullable<BotContext['articleFiles']>,
): Promise<Reply> {
  const download = await downloadAttachment(attachment.url, files);
  if ('reason' in download) return note(download.reason);
  const checked = checkUpload(download.bytes, files.maxBytes);
  if ('reason' in checked) return note(checked.reason);
  const named = uploadFileName(attachment.name, checked.title);
  if ('reason' in named) return note(named.reason);
  const stored = storeArticleFile(files.dir, named.name, download.bytes, replace);
  if ('reason' in stored) return note(stored.reason);
  const update = ctx.library.reloadFile(named.name);
  if (update.status === 'skipped') {
    // The loader's last word (e.g. no sentences found): the file must not linger unloaded.
    deleteArticleFile(files.dir, named.name);
    return note(`That is not an article I can read: ${update.warning.reason}.`);
  }
  ctx.logger.info(
    { file: named.name, user: origin.userId, guild: origin.guildId, replaced: stored.replaced },
    'article added from Discord',
  );
  if (update.status === 'kept')
    return note(
      `I saved \`${named.name}\` but could not read it (${update.warning.reason}); the previous version still answers.`,
    );
  const a = update.article;
  return note(
    `${stored.replaced ? 'Replaced' : 'Added'} ${title(a.title)} as \`${a.id}\` (${a.sentences} sentences). \`/ask\` answers from it now; \`/article use id:${a.id}\` picks it for a channel.`,
  );
}

export const removeSubcommand = {
  define: (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setDescription('Remove an article and its file (Manage Server only).')
      .addStringOption((o) =>
        o.setName('id').setDescription('The article').setRequired(true).setAutocomplete(true),
      ),
  run(options: CommandOptions, origin: Origin, ctx: BotContext): Reply {
    const refused = refusal(origin, ctx);
    if (refused) return refused;
    const files = ctx.articleFiles;
    const id = options.getString('id')?.trim() ?? '';
    const article = id ? ctx.library.article(id) : undefined;
    if (!files || !article)
      return note(
        `There is no article \`${safe(oneLine(id), 100)}\` to remove (\`/article list\` lists them).`,
      );
    if (ctx.library.articles().length === 1)
      return note('That is the only article left; add another before removing it, so I can still answer.');
    const deleted = deleteArticleFile(files.dir, article.file);
    ctx.library.removeFile(article.file);
    ctx.logger.info(
      { file: article.file, user: origin.userId, guild: origin.guildId, deleted },
      'article removed from Discord',
    );
    return note(`Removed ${title(article.title)} (\`${article.id}\`).`);
  },
};
