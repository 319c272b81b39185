/**
 * `npm run start:sharded`: the bot for more than about 2,500 servers, where Discord requires
 * sharding. discord.js's ShardingManager starts one process per shard, each the normal bot entry
 * (src/main.ts) with its own copy of the index and its own folder watcher; Discord sends each shard
 * the events of its guilds ((guild_id >> 22) % shards). The shard count is the one Discord
 * recommends, asked through DISCORD_API_URL when set (discord.js's own helper always asks discord.com).
 */
import { join } from 'node:path';
import { REST, type Shard, ShardingManager } from 'discord.js';
import type { Config } from './config.ts';
import { describeLoginError } from './discord/errors.ts';
import { createLogger } from './logger.ts';
import { failStart, readConfigOrExit } from './startup.ts';

/** How many shards Discord wants for this bot (GET /gateway/bot). */
async function recommendedShards(config: Pick<Config, 'discordToken' | 'discordApiUrl'>): Promise<number> {
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
    config.discordToken ?? '',
  );
  const { shards } = (await rest.get('/gateway/bot')) as { shards?: unknown };
  return typeof shards === 'number' && Number.isInteger(shards) && shards > 0 ? shards : 1;
}

async function main(): Promise<void> {
  const config = readConfigOrExit();
  const token = config.discordToken;
  if (!token) failStart('start:sharded needs DISCORD_TOKEN (the local chat runs with `npm start`).');
  const logger = createLogger({ level: config.logLevel, secrets: [token] });

  let total: number;
  try {
    total = await recommendedShards(config);
  } catch (error) {
    failStart(describeLoginError(error, config.discordApiUrl));
  }
  const manager = new ShardingManager(join(import.meta.dirname, 'main.ts'), {
    token,
    totalShards: total,
    mode: 'process',
    // Each shard runs the TypeScript entry the way `npm start` does.
    execArgv: ['--max-semi-space-size=4', '--v8-pool-size=1', '--expose-gc', '--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shard: shard.id, of: total }, 'shard starting');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process ended'));
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping every shard');
    // Each shard's own SIGTERM handler finishes its replies in flight; kill() also stops respawning.
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          shard.kill();
        }),
    );
    void Promise.all(exits).then(() => process.exit(0));
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await manager.spawn({ amount: total, delay: config.shardSpawnDelayMs, timeout: 120_000 });
    logger.info({ shards: total }, 'every shard is ready');
  } catch (error) {
    // A shard that cannot start (bad articles folder, wrong token) has said why on stderr.
    logger.error({ err: error }, 'a shard could not start');
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(1);
  }
}

main().catch((error: unknown) =>
  failStart(`unexpected error: ${(error as Error)?.message ?? String(error)}`),
);
