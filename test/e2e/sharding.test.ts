/**
 * `npm run start:sharded` against a stand-in Discord that recommends 2 shards: both shard processes
 * identify as [id, 2], each answers the guild Discord routes to it, and each keeps its own index in
 * step with the articles folder (a file added while they run is answered by both).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type RestCall, userNamed } from './fake-discord.ts';
import { textOf } from './harness.ts';

const root = join(import.meta.dirname, '..', '..');

const HARBOUR = `Dock workers end strike at the harbour
Dock workers at the northern harbour ended their strike on Thursday after a pay deal, the union said.
Cranes were moving again by the evening, according to the port authority.
`;
const ORCHARD = `Orchard harvest breaks record in the valley
Growers in the valley picked a record apple harvest this autumn, the cooperative said.
The cooperative expects cider prices to fall next year.
`;

/** The stand-in's own guild (900000000000000001) is on shard 1 of 2; one step of 1 << 22 puts this one on shard 0. */
const GUILD_ON_SHARD_0 = (900000000000000001n + (1n << 22n)).toString();

let fake: FakeDiscord;
let child: ChildProcess;
let dir: string;
let dataDir: string;
let stderr = '';
let exited: Promise<void>;

async function until(condition: () => boolean, what: string, timeoutMs = 12_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out waiting for ${what}\n${stderr.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  fake = await new FakeDiscord({ shards: 2, extraGuilds: [GUILD_ON_SHARD_0] }).start();
  dir = mkdtempSync(join(tmpdir(), 'article-bot-shard-'));
  dataDir = mkdtempSync(join(tmpdir(), 'article-bot-shard-data-'));
  writeFileSync(join(dir, 'harbour.txt'), HARBOUR);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && !k.startsWith('SHARD')),
  );
  // Its own process group, so that the manager and both shards can be stopped together.
  child = spawn('npm', ['run', '--silent', 'start:sharded'], {
    cwd: root,
    detached: true,
    env: {
      ...env,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      ARTICLES_DIR: dir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      SHARD_SPAWN_DELAY_MS: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c;
  });
  exited = new Promise((resolve) => child.on('close', () => resolve()));
  await until(() => stderr.includes('every shard is ready'), 'both shards to be ready');
}, 20_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    // SIGTERM first (each shard finishes its replies), SIGKILL if anything is left after 3 s.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 3000);
    await exited;
    clearTimeout(timer);
  }
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}, 10_000);

async function ask(question: string, guildId: string): Promise<RestCall> {
  const id = fake.slash('ask', [{ name: 'question', type: 3, value: question }], userNamed('reader'), {
    guildId,
  });
  return fake.responseTo(id, 8000);
}

describe('npm run start:sharded', () => {
  it('starts the shard count Discord recommends, each shard identifying as [id, 2]', () => {
    const shards = fake.gatewayOps.filter((o) => o.op === 2).map((o) => o.d.shard);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    expect(fake.connectedShards).toEqual([0, 1]);
  });

  it('answers on both shards, each for the guild Discord routes to it', async () => {
    expect(fake.shardOf(GUILD_ON_SHARD_0)).toBe(0);
    expect(fake.shardOf(fake.guildId)).toBe(1);
    const [first, second] = await Promise.all([
      ask('Why did the dock workers end their strike?', GUILD_ON_SHARD_0),
      ask('Why did the dock workers end their strike?', fake.guildId),
    ]);
    for (const call of [first, second]) expect(textOf(call)).toContain('after a pay deal');
  });

  it('keeps every shard’s index in step with the articles folder', async () => {
    writeFileSync(join(dir, 'orchard.txt'), ORCHARD);
    for (const guild of [GUILD_ON_SHARD_0, fake.guildId]) {
      // The watcher reacts within a second or so; ask again until this shard has the new article.
      const deadline = Date.now() + 8000;
      let text = '';
      while (!text.includes('record apple harvest') && Date.now() < deadline) {
        text = textOf(await ask('How big was the apple harvest in the valley?', guild));
        if (!text.includes('record apple harvest')) await new Promise((r) => setTimeout(r, 200));
      }
      expect(text, `shard ${fake.shardOf(guild)}`).toContain('record apple harvest');
    }
  }, 15_000);
});
