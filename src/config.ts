/**
 * Configuration, read once from the environment (and `.env`, see `loadDotenv`) and validated, so that
 * a mistake is one clear line at start-up rather than a failure on the first question.
 */
import { config as dotenv } from 'dotenv';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A configuration value is wrong: the message names the variable and what is expected. */
export class ConfigError extends Error {}

// Unset and empty are the same: `.env.example` leaves optional values empty.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{15,21}$/, 'a numeric Discord id (Developer Portal → General Information → Application ID)');

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'].includes(v), 'true or false')
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const count = (min: number) => z.coerce.number().int(`a whole number`).min(min, `at least ${min}`);

/**
 * A REST base URL as discord.js wants it (`http://host:port/api`; discord.js appends `/v10`).
 * A trailing version or slash, as people copy it from proxy docs, is dropped.
 */
const apiUrl = z
  .string()
  .trim()
  .url('a URL such as http://127.0.0.1:8080/api')
  .refine((v) => /^https?:\/\//i.test(v), 'an http:// or https:// URL')
  .transform((v) => v.replace(/\/+$/, '').replace(/\/v\d+$/, ''));

const schema = z.object({
  DISCORD_TOKEN: optional(z.string().trim().min(1)),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(apiUrl),
  DISCORD_MESSAGE_CONTENT: optional(flag),
  ARTICLES_DIR: optional(z.string()),
  DATA_DIR: optional(z.string()),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` })),
  ),
  MAX_ARTICLE_BYTES: optional(count(1)),
  MAX_UPLOAD_BYTES: optional(count(1)),
  SHARD_SPAWN_DELAY_MS: optional(count(0)),
  COOLDOWN_SECONDS: optional(z.coerce.number().min(0, 'at least 0')),
  COOLDOWN_MAX: optional(count(1)),
});

export interface Config {
  /** Absent: `npm start` opens the local chat instead of connecting to Discord. */
  discordToken?: string;
  /** For deploy-commands; found from the token when absent. */
  discordClientId?: string;
  /** Set: commands are deployed to this guild only (instantly), else globally. */
  discordGuildId?: string;
  /** REST base URL, e.g. a REST proxy; absent: Discord itself. */
  discordApiUrl?: string;
  /** Ask for the privileged MessageContent intent (only needed for plain-text triggers other than mentions and DMs). */
  messageContent: boolean;
  articlesDir: string;
  /** Where the bot keeps what must survive a restart (each channel's chosen article). */
  dataDir: string;
  logLevel: LogLevel;
  maxArticleBytes?: number;
  /** Largest file `/article add` accepts. */
  maxUploadBytes: number;
  /** `start:sharded`: wait between starting shards (Discord allows one identify per 5 s per bucket). */
  shardSpawnDelayMs: number;
  /** Per user: at most `max` questions within `seconds`; seconds 0 turns the cooldown off. */
  cooldown: { seconds: number; max: number };
}

export const DEFAULTS = {
  articlesDir: 'seeds',
  dataDir: 'data',
  logLevel: 'info',
  maxUploadBytes: 512 * 1024,
  shardSpawnDelayMs: 5500,
  cooldown: { seconds: 30, max: 15 },
} as const;

/** Validates the environment; throws ConfigError naming every wrong variable. Pure: reads only `env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // One problem per variable: the first says what is expected.
    const problems = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? 'configuration');
      if (!problems.has(name))
        problems.set(name, `${name} must be ${issue.message.replace(/^Invalid input: expected /, '')}`);
    }
    throw new ConfigError(`invalid configuration: ${[...problems.values()].join('; ')}.`);
  }
  const e = parsed.data;
  const config: Config = {
    messageContent: e.DISCORD_MESSAGE_CONTENT ?? false,
    articlesDir: e.ARTICLES_DIR ?? DEFAULTS.articlesDir,
    dataDir: e.DATA_DIR ?? DEFAULTS.dataDir,
    logLevel: e.LOG_LEVEL ?? DEFAULTS.logLevel,
    maxUploadBytes: e.MAX_UPLOAD_BYTES ?? DEFAULTS.maxUploadBytes,
    shardSpawnDelayMs: e.SHARD_SPAWN_DELAY_MS ?? DEFAULTS.shardSpawnDelayMs,
    cooldown: {
      seconds: e.COOLDOWN_SECONDS ?? DEFAULTS.cooldown.seconds,
      max: e.COOLDOWN_MAX ?? DEFAULTS.cooldown.max,
    },
  };
  if (e.DISCORD_TOKEN) config.discordToken = e.DISCORD_TOKEN;
  if (e.DISCORD_CLIENT_ID) config.discordClientId = e.DISCORD_CLIENT_ID;
  if (e.DISCORD_GUILD_ID) config.discordGuildId = e.DISCORD_GUILD_ID;
  if (e.DISCORD_API_URL) config.discordApiUrl = e.DISCORD_API_URL;
  if (e.MAX_ARTICLE_BYTES) config.maxArticleBytes = e.MAX_ARTICLE_BYTES;
  return config;
}

/** Reads `.env` from the working directory into process.env (the environment wins), silently. */
export function loadDotenv(path?: string): void {
  dotenv({ quiet: true, ...(path ? { path } : {}) });
}
