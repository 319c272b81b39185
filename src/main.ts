/**
 * `npm start`: reads the configuration once, loads the articles, then starts the Discord bot when a
 * token is configured, or the local chat when not. Every way of failing to start is one clear line on
 * stderr and exit code 1, never a stack trace.
 */
import { resolve } from 'node:path';
import { ArticlesFolderError } from './article/load.ts';
import { runChat } from './cli/chat.ts';
import { colorWanted } from './cli/style.ts';
import type { Config } from './config.ts';
import { type Bot, createBot } from './discord/bot.ts';
import { describeLoginError } from './discord/errors.ts';
import { settleHeap } from './heap.ts';
import { cacheFileFor } from './library/cache.ts';
import type { Library } from './library/library.ts';
import { openLibrary } from './library/memory-library.ts';
import { snapshotFileFor } from './library/snapshot.ts';
import { describeWatchEvent, watchArticles } from './library/watch.ts';
import { createLogger, type Logger } from './logger.ts';
import { failStart, readConfigOrExit } from './startup.ts';

class StartError extends Error {}

function openArticles(config: Config, logger: Logger): Library {
  const dir = resolve(config.articlesDir);
  const library = openLibrary(dir, {
    ...(config.maxArticleBytes ? { maxBytes: config.maxArticleBytes } : {}),
    // Built articles and the library itself kept under DATA_DIR: a large library starts in a second.
    cacheFile: cacheFileFor(dir, resolve(config.dataDir, 'cache')),
    snapshotFile: snapshotFileFor(dir, resolve(config.dataDir, 'cache')),
    warn: (message) => logger.warn(message),
  });
  settleHeap();
  for (const w of library.warnings()) logger.warn({ file: w.file }, `skipped article: ${w.reason}`);
  if (!library.articles().length)
    throw new StartError(`no usable article in ${dir}. Add a .txt or .md file there, or set ARTICLES_DIR.`);
  return library;
}

/** Keeps the library in step with the articles folder (files added, edited, removed) until stopped. */
function watchFolder(config: Config, library: Library, logger: Logger): () => void {
  return watchArticles(resolve(config.articlesDir), library, (e) => {
    const line = describeWatchEvent(e);
    if (e.kind === 'added' || e.kind === 'updated' || e.kind === 'removed')
      logger.info({ file: e.file }, line);
    else logger.warn(line);
  });
}

async function runBot(config: Config, library: Library, logger: Logger): Promise<void> {
  const bot: Bot = createBot({ config, library, logger });
  const stopWatching = watchFolder(config, library, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stopWatching();
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A shard of start:sharded: when its manager is gone (even killed), nobody would stop or restart it.
  if (process.env.SHARDING_MANAGER && process.send) process.on('disconnect', () => shutdown('manager gone'));
  try {
    await bot.start();
  } catch (error) {
    await bot.client.destroy().catch(() => {});
    failStart(describeLoginError(error, config.discordApiUrl), config.discordToken);
  }
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({
    level: config.logLevel,
    secrets: config.discordToken ? [config.discordToken] : [],
  });
  process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));
  let library: Library;
  try {
    library = openArticles(config, logger);
  } catch (error) {
    if (error instanceof StartError || error instanceof ArticlesFolderError) failStart(error.message);
    throw error;
  }
  if (!config.discordToken) {
    const stopWatching = watchFolder(config, library, logger);
    try {
      await runChat(library, {
        color: colorWanted(process.env, !!process.stdout.isTTY),
        prompt: !!process.stdin.isTTY,
      });
    } finally {
      stopWatching();
    }
    return;
  }
  await runBot(config, library, logger);
}

main().catch((error: unknown) =>
  failStart(`unexpected error: ${(error as Error)?.message ?? String(error)}`),
);
