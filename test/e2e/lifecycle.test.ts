/**
 * Starting and stopping: a wrong token, `npm start` as the leads' checker runs it (only DISCORD_TOKEN
 * and DISCORD_API_URL set), the channel's article surviving a restart, and the per-user cooldown.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createBot } from '../../src/discord/bot.ts';
import { describeLoginError } from '../../src/discord/errors.ts';
import { openLibrary } from '../../src/library/memory-library.ts';
import { createLogger } from '../../src/logger.ts';
import { CHANNEL_ID, FakeDiscord, userNamed } from './fake-discord.ts';
import { embedsOf, FIXTURE_ARTICLES, messageOf, noIdentifyWait, startBot, textOf } from './harness.ts';

const root = join(import.meta.dirname, '..', '..');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'article-bot-life-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

async function fakeDiscord(): Promise<FakeDiscord> {
  const fake = await new FakeDiscord().start();
  cleanups.push(() => fake.close());
  return fake;
}

describe('a wrong token', () => {
  it('makes login fail with TokenInvalid, explained in one line that does not contain the token', async () => {
    const fake = await fakeDiscord();
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const wrong = 'wrong-token-0123456789';
    const bot = createBot({
      config: {
        discordToken: wrong,
        discordApiUrl: fake.apiUrl,
        messageContent: false,
        dataDir: tempDir(),
        cooldown: { seconds: 0, max: 1 },
      },
      library: openLibrary(FIXTURE_ARTICLES),
      logger: createLogger({ level: 'debug', secrets: [wrong], destination: sink }),
      client: { ws: noIdentifyWait },
    });
    const error = await bot.start().then(
      () => undefined,
      (e: unknown) => e,
    );
    await bot.client.destroy();
    expect((error as { code?: string }).code).toBe('TokenInvalid');
    const line = describeLoginError(error, fake.apiUrl);
    expect(line).toMatch(/rejected DISCORD_TOKEN/);
    expect(line).not.toContain('\n');
    expect(line).not.toContain(wrong);
    expect(lines.join('')).not.toContain(wrong);
    expect(fake.calls.map((c) => [c.path, c.status])).toEqual([['/gateway/bot', 401]]);
  });
});

/** `npm start` with the given environment, its output collected. */
function npmStart(env: Record<string, string>): {
  child: ChildProcess;
  out: () => string;
  err: () => string;
  exit: Promise<number | null>;
} {
  let out = '';
  let err = '';
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('DISCORD_') && !['ARTICLES_DIR', 'DATA_DIR', 'LOG_LEVEL'].includes(k),
    ),
  );
  const child = spawn('npm', ['start'], { cwd: root, env: { ...clean, ...env }, detached: true });
  child.stdout?.on('data', (c: Buffer) => {
    out += c;
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c;
  });
  // 'close': every process of the group has let go of stdout and stderr (npm itself may exit first on a signal).
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  cleanups.push(async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }
  });
  return { child, out: () => out, err: () => err, exit };
}

describe('npm start', () => {
  it('with a wrong token: one clear line, exit code 1, no stack trace', async () => {
    const fake = await fakeDiscord();
    const started = npmStart({
      DISCORD_TOKEN: 'not-the-right-token-42',
      DISCORD_API_URL: fake.apiUrl,
      DATA_DIR: tempDir(),
    });
    expect(await started.exit).toBe(1);
    const ours = started
      .err()
      .split('\n')
      .filter((l) => l.startsWith('article-bot:'));
    expect(ours, started.err()).toHaveLength(1);
    expect(ours[0]).toMatch(/rejected DISCORD_TOKEN/);
    expect(started.err()).not.toMatch(/^\s+at /m);
    expect(started.err() + started.out()).not.toContain('not-the-right-token-42');
  }, 30_000);

  it('with DISCORD_TOKEN and DISCORD_API_URL only: logs in, answers, and stops cleanly on SIGTERM', async () => {
    const fake = await fakeDiscord();
    const started = npmStart({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      ARTICLES_DIR: FIXTURE_ARTICLES,
      DATA_DIR: tempDir(),
    });
    await fake.nextGatewayOp(2, 25_000);
    // Sent right after IDENTIFY: discord.js queues it until it is ready, as with Discord.
    const reply = await fake.responseTo(
      fake.slash('ask', [{ name: 'question', type: 3, value: 'Who pays for half of the repairs?' }]),
      5000,
    );
    expect(embedsOf(reply).length).toBeGreaterThan(0);
    expect(messageOf(reply).allowed_mentions).toEqual({ parse: [] });
    const mention = await fake.replyTo(fake.mention('how long will the repairs take?'));
    expect(embedsOf(mention).length).toBeGreaterThan(0);
    // To npm only, as a process manager would: npm passes it on, and the bot must get it.
    started.child.kill('SIGTERM');
    expect(await started.exit).toBe(0);
    expect(started.err()).not.toContain(fake.token);
    expect(started.err()).toMatch(/"msg":"disconnected"/);
  }, 40_000);
});

describe('the channel’s article', () => {
  it('survives a restart', async () => {
    const dataDir = tempDir();
    const first = await startBot({ dataDir });
    await first.fake.responseTo(
      first.fake.slash('article', [
        { name: 'use', type: 1, options: [{ name: 'id', type: 3, value: 'fenwick-library-hours' }] },
      ]),
    );
    await first.stop();
    expect(JSON.parse(readFileSync(join(dataDir, 'channels.json'), 'utf8')).channels).toEqual({
      [CHANNEL_ID]: 'fenwick-library-hours',
    });

    const second = await startBot({ dataDir });
    cleanups.push(() => second.stop());
    const list = await second.fake.responseTo(
      second.fake.slash('article', [{ name: 'list', type: 1, options: [] }]),
    );
    expect(textOf(list)).toContain('← this channel');
    const answer = await second.fake.responseTo(
      second.fake.slash('ask', [{ name: 'question', type: 3, value: 'Who said what about the change?' }]),
    );
    for (const e of embedsOf(answer)) expect(e.title).toBe('Fenwick library opens on Sundays from March');
  });
});

describe('the cooldown', () => {
  it('lets a user ask a few questions, then asks them politely to wait; others are not held up', async () => {
    const run = await startBot({ cooldown: { seconds: 60, max: 2 } });
    cleanups.push(() => run.stop());
    const hasty = userNamed('hasty');
    const ask = (user = hasty) =>
      run.fake.responseTo(
        run.fake.slash('ask', [{ name: 'question', type: 3, value: 'What did the mayor say?' }], user),
      );
    expect(embedsOf(await ask()).length).toBeGreaterThan(0);
    expect(embedsOf(await ask()).length).toBeGreaterThan(0);
    const held = await ask();
    expect(String(messageOf(held).content)).toMatch(/try again in \d+ seconds?/);
    expect(Number(messageOf(held).flags) & 64).toBe(64);
    const mention = await run.fake.replyTo(run.fake.mention('what did the mayor say?', hasty));
    expect(String(messageOf(mention).content)).toMatch(/try again/);
    expect(embedsOf(await ask(userNamed('patient'))).length).toBeGreaterThan(0);
    // Help and autocomplete never count.
    expect(textOf(await run.fake.responseTo(run.fake.slash('help', [], hasty)))).toContain('/ask');
  });
});
