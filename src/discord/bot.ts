/**
 * The Discord bot: a discord.js client wired to the handlers. It only renders what the library
 * returns. Tracks replies in flight so that a shutdown finishes them before closing the connection.
 */

import { resolve } from 'node:path';
import { Client, type ClientOptions, Events, GatewayIntentBits, Partials } from 'discord.js';
import { type Config, DEFAULTS } from '../config.ts';
import type { Library } from '../library/library.ts';
import type { Logger } from '../logger.ts';
import { type ChannelStore, openChannelStore } from './channel-store.ts';
import { DISCORD_ATTACHMENT_HOSTS } from './commands/article-files.ts';
import type { ArticleFiles, BotContext } from './context.ts';
import { createCooldown } from './cooldown.ts';
import { handleInteraction } from './dispatcher.ts';
import { handleMessage } from './messages.ts';
import { createSessions } from './sessions.ts';

export type BotConfig = Pick<
  Config,
  'discordToken' | 'discordApiUrl' | 'messageContent' | 'dataDir' | 'cooldown'
> &
  // Without an articles folder, /article add and remove are off.
  Partial<Pick<Config, 'articlesDir' | 'maxUploadBytes'>>;

export interface BotOptions {
  config: BotConfig;
  library: Library;
  logger: Logger;
  store?: ChannelStore;
  /** Extra discord.js options (tests: a no-op identify throttler). */
  client?: Partial<ClientOptions>;
}

export interface Bot {
  client: Client;
  /** Logs in; resolves once the bot is ready, rejects (TokenInvalid …) when it cannot connect. */
  start(): Promise<void>;
  /** Stops taking events, waits for replies in flight (at most `graceMs`), then disconnects. */
  stop(graceMs?: number): Promise<void>;
  /** Replies being worked on now. */
  readonly inFlight: number;
}

/** Mentions and DMs carry their text without the privileged MessageContent intent; it is asked for only on request. */
export function intentsFor(config: Pick<BotConfig, 'messageContent'>): GatewayIntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

export function clientOptions(config: BotConfig, extra: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: intentsFor(config),
    // Without the Channel partial, DMs (whose channel is not cached) are dropped silently.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...extra,
    rest: { ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}), ...extra.rest },
  };
}

function articleFiles(config: BotConfig, dir: string): ArticleFiles {
  // A REST proxy or the test stand-in serves attachments from its own host.
  const apiHost = config.discordApiUrl ? new URL(config.discordApiUrl).hostname : undefined;
  return {
    dir: resolve(dir),
    maxBytes: config.maxUploadBytes ?? DEFAULTS.maxUploadBytes,
    hosts: apiHost ? [...DISCORD_ATTACHMENT_HOSTS, apiHost] : DISCORD_ATTACHMENT_HOSTS,
    timeoutMs: 10_000,
  };
}

export function createBot(options: BotOptions): Bot {
  const { config, library, logger } = options;
  const client = new Client(clientOptions(config, options.client));
  const store =
    options.store ??
    openChannelStore(config.dataDir, (p) => logger.warn({ file: p.file }, `channel choices: ${p.reason}`));
  const ctx: BotContext = {
    library,
    store,
    sessions: createSessions(),
    cooldown: createCooldown(config.cooldown),
    logger,
    ...(config.articlesDir ? { articleFiles: articleFiles(config, config.articlesDir) } : {}),
  };
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  const track = (kind: string, id: string, work: () => Promise<void>) => {
    if (!accepting) return;
    const started = performance.now();
    const job = work()
      .catch((error: unknown) => logger.error({ err: error, kind, id }, 'could not answer'))
      .finally(() => {
        inFlight.delete(job);
        logger.debug({ kind, id, ms: Math.round(performance.now() - started) }, 'answered');
      });
    inFlight.add(job);
  };

  client.on(Events.InteractionCreate, (i) => track('interaction', i.id, () => handleInteraction(i, ctx)));
  client.on(Events.MessageCreate, (m) => {
    const me = client.user?.id;
    if (me) track('message', m.id, () => handleMessage(m, ctx, me));
  });
  // Discord marks a DM's MESSAGE_CREATE with channel_type 1, which discord.js needs to build the
  // uncached DM channel; a gateway (proxy, stand-in) that leaves it out would have every DM dropped.
  // Raw events run before discord.js handles the packet, so the mark can be added here.
  client.on(Events.Raw, (packet: { t?: string; d?: Record<string, unknown> }) => {
    if (packet.t === 'MESSAGE_CREATE' && packet.d && !packet.d.guild_id && !('channel_type' in packet.d))
      packet.d.channel_type = 1;
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway disconnected'),
  );
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  return {
    client,
    get inFlight() {
      return inFlight.size;
    },
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      // The core's first question compiles and fills its caches (tens of ms); pay that before the
      // first person asks, while the gateway connects.
      const warm = performance.now();
      library.ask('What did they say?', { limit: 3 });
      logger.debug(
        { api: config.discordApiUrl ?? 'discord.com', warmUpMs: Math.round(performance.now() - warm) },
        'logging in',
      );
      await client.login(config.discordToken);
      await ready;
      logger.info(
        {
          user: client.user?.tag,
          guilds: client.guilds.cache.size,
          articles: library.articles().length,
          messageContent: config.messageContent,
        },
        'ready',
      );
    },
    async stop(graceMs = 10_000) {
      accepting = false;
      if (inFlight.size) {
        logger.info({ inFlight: inFlight.size }, 'finishing replies in flight');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...inFlight]),
          new Promise((resolve) => {
            timer = setTimeout(resolve, graceMs);
          }),
        ]);
        clearTimeout(timer);
      }
      await client.destroy();
      logger.info('disconnected');
    },
  };
}
