/** What every entry point (bot, shard manager) does first: configuration read once, or one line and exit 1. */
import { type Config, ConfigError, loadConfig, loadDotenv } from './config.ts';
import { scrub } from './discord/errors.ts';

/** One line on stderr, never the token, exit code 1: no stack trace for a start that cannot go on. */
export function failStart(message: string, token?: string): never {
  process.stderr.write(`article-bot: ${scrub(message, token ?? process.env.DISCORD_TOKEN)}\n`);
  process.exit(1);
}

/** `.env` and the environment, validated; a wrong setting stops the start with one line naming it. */
export function readConfigOrExit(): Config {
  loadDotenv();
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) failStart(error.message);
    throw error;
  }
}
