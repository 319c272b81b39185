/**
 * `npm run deploy-commands`: registers the bot's slash commands with Discord — in one guild when
 * DISCORD_GUILD_ID is set (instant, for testing), else globally (may take up to an hour to show).
 * Replaces the whole set, so a removed command disappears too. Needs DISCORD_TOKEN; the
 * application id comes from DISCORD_CLIENT_ID or, when unset, from the token itself.
 */
import { REST, Routes } from 'discord.js';
import { type Config, ConfigError, loadConfig, loadDotenv } from '../src/config.ts';
import { COMMANDS } from '../src/discord/commands/index.ts';
import { describeLoginError, scrub } from '../src/discord/errors.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  applicationId: string;
  names: string[];
}

export async function deployCommands(config: Config): Promise<DeployResult> {
  if (!config.discordToken) throw new ConfigError('DISCORD_TOKEN is not set (see .env.example).');
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {}).setToken(
    config.discordToken,
  );
  const applicationId =
    config.discordClientId ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const body = COMMANDS.map((c) => c.data);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(applicationId, config.discordGuildId)
    : Routes.applicationCommands(applicationId);
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return {
    scope: config.discordGuildId ? 'guild' : 'global',
    applicationId,
    names: saved.map((c) => c.name),
  };
}

async function main(): Promise<number> {
  loadDotenv();
  let config: Config | undefined;
  try {
    config = loadConfig();
    const result = await deployCommands(config);
    const where =
      result.scope === 'guild'
        ? `guild ${config.discordGuildId}`
        : 'every guild (global; allow up to an hour)';
    process.stdout.write(
      `Deployed ${result.names.length} commands (/${result.names.join(', /')}) to ${where}.\n`,
    );
    return 0;
  } catch (error) {
    const message =
      error instanceof ConfigError ? error.message : describeLoginError(error, config?.discordApiUrl);
    process.stderr.write(
      `deploy-commands: ${scrub(message, config?.discordToken ?? process.env.DISCORD_TOKEN)}\n`,
    );
    return 1;
  }
}

if (process.argv[1]?.endsWith('deploy-commands.ts')) process.exitCode = await main();
