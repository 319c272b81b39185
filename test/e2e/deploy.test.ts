/** `npm run deploy-commands` against the stand-in Discord, which checks every definition like Discord. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../scripts/deploy-commands.ts';
import { loadConfig } from '../../src/config.ts';
import { FakeDiscord } from './fake-discord.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await new FakeDiscord().start();
});
afterAll(async () => {
  await fake.close();
});

describe('deploy-commands', () => {
  it('registers every command in one guild when DISCORD_GUILD_ID is set, finding the application id from the token', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: fake.guildId,
    });
    const result = await deployCommands(config);
    expect(result).toEqual({
      scope: 'guild',
      applicationId: fake.bot.id,
      names: ['ask', 'claims', 'sources', 'disputes', 'article', 'help'],
    });
    const put = fake.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/applications/${fake.bot.id}/guilds/${fake.guildId}/commands`);
    expect(put?.status).toBe(200);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_CLIENT_ID: fake.bot.id,
    });
    expect((await deployCommands(config)).scope).toBe('global');
    expect(fake.calls.at(-1)?.path).toBe(`/applications/${fake.bot.id}/commands`);
  });

  it('defines autocomplete for /claims topic and source, and /article list, show, use, add and remove', async () => {
    await deployCommands(loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl }));
    const body = fake.calls.at(-1)?.body as unknown as {
      name: string;
      options?: { name: string; autocomplete?: boolean }[];
    }[];
    const claims = body.find((c) => c.name === 'claims');
    expect(claims?.options?.map((o) => [o.name, o.autocomplete])).toEqual([
      ['topic', true],
      ['source', true],
    ]);
    expect(body.find((c) => c.name === 'article')?.options?.map((o) => o.name)).toEqual([
      'list',
      'show',
      'use',
      'add',
      'remove',
    ]);
    expect(fake.rejected).toEqual([]);
  });
});
