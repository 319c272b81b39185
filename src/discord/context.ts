/** What every handler of the bot may use: the core's library and the bot's own small state. */
import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import type { ChannelStore } from './channel-store.ts';
import type { Cooldown } from './cooldown.ts';
import type { AnswerSessions } from './sessions.ts';

export interface BotContext {
  library: Library;
  store: ChannelStore;
  sessions: AnswerSessions;
  cooldown: Cooldown;
  logger: Logger;
  /** Where `/article add` stores uploads; absent: adding and removing articles from Discord is off. */
  articleFiles?: ArticleFiles;
}

export interface ArticleFiles {
  /** The articles folder (the library's). */
  dir: string;
  /** Largest upload accepted. */
  maxBytes: number;
  /** Hosts an attachment may be downloaded from (Discord's CDN, or the configured API's host). */
  hosts: readonly string[];
  /** Download time limit. */
  timeoutMs: number;
}

/** Where a request comes from: enough to scope it (the channel's article) and to key its answer. */
export interface Origin {
  /** Id of the interaction or message: keys the answer for "More passages". */
  id: string;
  channelId: string;
  userId: string;
  /** Absent in a DM. */
  guildId?: string;
  /** The member may manage the server (add and remove articles). */
  canManageGuild?: boolean;
}

/** The article this channel asks about, if one is chosen and still loaded. */
export function channelArticle(ctx: BotContext, channelId: string): string | undefined {
  const id = ctx.store.get(channelId);
  return id && ctx.library.article(id) ? id : undefined;
}
