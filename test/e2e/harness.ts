/**
 * Starts the real bot (discord.js client and all) in-process against a fresh stand-in Discord.
 * No identify wait (a no-op throttler) and quiet logs keep each start well under a second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Config } from '../../src/config.ts';
import { type Bot, createBot } from '../../src/discord/bot.ts';
import type { Library } from '../../src/library/library.ts';
import { openLibrary } from '../../src/library/memory-library.ts';
import { createLogger } from '../../src/logger.ts';
import { FakeDiscord } from './fake-discord.ts';

export const FIXTURE_ARTICLES = join(import.meta.dirname, 'fixtures', 'articles');

export interface Running {
  fake: FakeDiscord;
  bot: Bot;
  library: Library;
  dataDir: string;
  /** Everything the bot logged, one JSON object per entry. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

export const noIdentifyWait = {
  buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }),
};

export interface StartOptions {
  articlesDir?: string;
  dataDir?: string;
  cooldown?: Config['cooldown'];
  fake?: FakeDiscord;
  heartbeatInterval?: number;
  /** Wraps the real library (e.g. in the stub of stub-library.ts). */
  library?: (base: Library) => Library;
  /** Turns on /article add and remove, storing into `articlesDir`. */
  uploads?: { maxBytes?: number };
}

export async function startBot(options: StartOptions = {}): Promise<Running> {
  const fake =
    options.fake ?? (await new FakeDiscord({ heartbeatInterval: options.heartbeatInterval }).start());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'article-bot-e2e-'));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger({ level: 'info', secrets: [fake.token], destination: sink });
  const base = openLibrary(options.articlesDir ?? FIXTURE_ARTICLES);
  const library = options.library ? options.library(base) : base;
  const bot = createBot({
    config: {
      discordToken: fake.token,
      discordApiUrl: fake.apiUrl,
      messageContent: false,
      dataDir,
      cooldown: options.cooldown ?? { seconds: 0, max: 1 },
      ...(options.uploads
        ? {
            articlesDir: options.articlesDir ?? FIXTURE_ARTICLES,
            ...(options.uploads.maxBytes ? { maxUploadBytes: options.uploads.maxBytes } : {}),
          }
        : {}),
    },
    library,
    logger,
    client: { ws: noIdentifyWait },
  });
  await bot.start();
  return {
    fake,
    bot,
    library,
    dataDir,
    logs,
    async stop() {
      await bot.stop(2000);
      if (!options.fake) await fake.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Json = Record<string, unknown>;

/** The message body of a response: interaction callback data, or the body of a message reply. */
export function messageOf(call: { body?: Json }): Json {
  const body = call.body ?? {};
  return (typeof body.type === 'number' && body.data ? body.data : body) as Json;
}

export const embedsOf = (call: { body?: Json }) => (messageOf(call).embeds ?? []) as Json[];

export const buttonsOf = (call: { body?: Json }) =>
  ((messageOf(call).components ?? []) as { components: { custom_id?: string; label?: string }[] }[]).flatMap(
    (row) => row.components,
  );

/** All text of a reply (content, embed titles, descriptions, fields), for assertions. */
export function textOf(call: { body?: Json }): string {
  const m = messageOf(call);
  const parts = [String(m.content ?? '')];
  for (const e of embedsOf(call)) {
    parts.push(String(e.title ?? ''), String(e.description ?? ''), String((e.author as Json)?.name ?? ''));
    for (const f of (e.fields ?? []) as Json[]) parts.push(String(f.name), String(f.value));
    parts.push(String((e.footer as Json)?.text ?? ''));
  }
  return parts.join('\n');
}
