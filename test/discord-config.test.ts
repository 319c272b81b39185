import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { clientOptions, intentsFor } from '../src/discord/bot.ts';
import { describeLoginError } from '../src/discord/errors.ts';
import { createLogger } from '../src/logger.ts';

describe('loadConfig', () => {
  it('has defaults for everything but the Discord settings', () => {
    expect(loadConfig({})).toEqual({
      messageContent: false,
      articlesDir: 'seeds',
      dataDir: 'data',
      logLevel: 'info',
      maxUploadBytes: 512 * 1024,
      shardSpawnDelayMs: 5500,
      cooldown: { seconds: 30, max: 15 },
    });
  });

  it('treats empty values as unset, as .env.example leaves them', () => {
    expect(
      loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', MAX_ARTICLE_BYTES: '' }).discordToken,
    ).toBeUndefined();
  });

  it('reads and normalises every setting', () => {
    const config = loadConfig({
      DISCORD_TOKEN: ' abc.def ',
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/v10/',
      DISCORD_MESSAGE_CONTENT: 'yes',
      ARTICLES_DIR: 'articles',
      DATA_DIR: '/var/lib/bot',
      LOG_LEVEL: 'DEBUG',
      MAX_ARTICLE_BYTES: '1000',
      COOLDOWN_SECONDS: '0',
      COOLDOWN_MAX: '3',
    });
    expect(config).toMatchObject({
      discordToken: 'abc.def',
      discordApiUrl: 'http://127.0.0.1:8080/api',
      messageContent: true,
      logLevel: 'debug',
      maxArticleBytes: 1000,
      cooldown: { seconds: 0, max: 3 },
    });
  });

  it('names every wrong variable and what it expects, in one message', () => {
    expect(() =>
      loadConfig({ DISCORD_API_URL: 'ftp://x', LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'my-guild' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ DISCORD_API_URL: 'nope', LOG_LEVEL: 'loud', DISCORD_MESSAGE_CONTENT: 'maybe' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/DISCORD_API_URL must be a URL/);
      expect(message).toMatch(/LOG_LEVEL must be one of fatal, error/);
      expect(message).toMatch(/DISCORD_MESSAGE_CONTENT must be true or false/);
      expect(message).not.toContain('\n');
    }
  });
});

describe('the client', () => {
  it('asks for Guilds, GuildMessages and DirectMessages, and MessageContent only when configured', () => {
    expect(intentsFor({ messageContent: false })).toEqual([1, 512, 4096]);
    expect(intentsFor({ messageContent: true })).toContain(32768);
  });

  it('receives DMs (Channel partial), pings nobody by default, and uses the configured REST base URL', () => {
    const options = clientOptions({
      messageContent: false,
      dataDir: 'data',
      cooldown: { seconds: 0, max: 1 },
      discordApiUrl: 'http://127.0.0.1:9/api',
    });
    expect(options.partials).toContain(1); // Partials.Channel
    expect(options.allowedMentions).toEqual({ parse: [] });
    expect(options.rest?.api).toBe('http://127.0.0.1:9/api');
  });
});

describe('start-up failures', () => {
  it('are one line each, naming what to fix', () => {
    const cases = [
      Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }),
      Object.assign(new Error('Used disallowed intents'), { code: 'DisallowedIntents' }),
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      }),
      new Error('something else'),
    ];
    const lines = cases.map((e) => describeLoginError(e, 'http://127.0.0.1:1/api'));
    expect(lines[0]).toMatch(/rejected DISCORD_TOKEN/);
    expect(lines[1]).toMatch(/Message Content intent/);
    expect(lines[2]).toMatch(/cannot reach .*ECONNREFUSED/);
    expect(lines[3]).toMatch(/could not connect .*something else/);
    for (const line of lines) expect(line).not.toContain('\n');
  });
});

describe('the logger', () => {
  it('never writes the token, whether in a field or in a message', () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _e, done) {
        out += chunk;
        done();
      },
    });
    const token = 'MTIzNDU2.secret-token.value';
    const logger = createLogger({ level: 'info', secrets: [token], destination: sink });
    logger.info(
      { token, config: { discordToken: token }, headers: { authorization: `Bot ${token}` } },
      'starting',
    );
    logger.error({ err: new Error(`login failed for ${token}`) }, `bad ${token}`);
    expect(out).not.toContain(token);
    expect(out).toContain('[redacted]');
  });
});
