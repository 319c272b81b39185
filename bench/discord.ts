/**
 * Discord front end latency: from the gateway event leaving the stand-in Discord (test/e2e) to the
 * bot's reply arriving at its REST API, on the seed article, with the real discord.js client over
 * 127.0.0.1. Questions are sent one at a time, at most 40 a second: discord.js holds every bot
 * to Discord's global limit of 50 requests a second, and a faster bench would measure that wait.
 * The bound: p95 ≤ 20 ms. `--quick` asks fewer questions, `--json` prints one JSON line,
 * `--articles DIR` uses another folder.
 */
import { Writable } from 'node:stream';
import { createBot } from '../src/discord/bot.ts';
import { openLibrary } from '../src/library/memory-library.ts';
import { createLogger } from '../src/logger.ts';
import { FakeDiscord, userNamed } from '../test/e2e/fake-discord.ts';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dirIndex = argv.indexOf('--articles');
const dir = dirIndex >= 0 ? (argv[dirIndex + 1] ?? 'seeds') : 'seeds';
const rounds = argv.includes('--quick') ? 100 : 400;
const BOUND_MS = 20;

const QUESTIONS = [
  'What did Zelenskyy say?',
  'How many settlements does Ukraine control?',
  'What did the Russian military report?',
  'Who declared an emergency in Belgorod?',
  'What is the capital of France?',
  'How many soldiers were captured?',
];

const fake = await new FakeDiscord().start();
const bot = createBot({
  config: {
    discordToken: fake.token,
    discordApiUrl: fake.apiUrl,
    messageContent: false,
    dataDir: '.cache/bench-discord',
    cooldown: { seconds: 0, max: 1 },
  },
  library: openLibrary(dir),
  logger: createLogger({ level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) }),
  client: { ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) } },
});
await bot.start();

const kinds = ['slash', 'mention', 'dm'] as const;
const samples: Record<(typeof kinds)[number], number[]> = { slash: [], mention: [], dm: [] };
const user = userNamed('bench');
const PACE_MS = 25;
for (let i = 0; i < rounds + 30; i++) {
  const started = performance.now();
  const kind = kinds[i % kinds.length] ?? 'slash';
  const question = QUESTIONS[i % QUESTIONS.length] ?? '';
  let id: string;
  let reply: Promise<{ at: number }>;
  if (kind === 'slash') {
    id = fake.slash('ask', [{ name: 'question', type: 3, value: question }], user);
    reply = fake.responseTo(id);
  } else {
    id = kind === 'dm' ? fake.message(question, user, { dm: true }) : fake.mention(question, user);
    reply = fake.replyTo(id);
  }
  const { at } = await reply;
  // The first rounds warm up the JIT and discord.js caches; they are not counted.
  if (i >= 30) samples[kind].push(at - (fake.sentAt.get(id) ?? at));
  const rest = PACE_MS - (performance.now() - started);
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
}
await bot.stop();
await fake.close();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};
const all = Object.values(samples).flat();
const result = {
  bench: 'discord',
  articles: dir,
  questions: all.length,
  p50Ms: +pct(all, 50).toFixed(2),
  p95Ms: +pct(all, 95).toFixed(2),
  p99Ms: +pct(all, 99).toFixed(2),
  maxMs: +Math.max(...all).toFixed(2),
  byKind: Object.fromEntries(
    kinds.map((k) => [k, { p50Ms: +pct(samples[k], 50).toFixed(2), p95Ms: +pct(samples[k], 95).toFixed(2) }]),
  ),
  boundMs: BOUND_MS,
  ok: pct(all, 95) <= BOUND_MS,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(
    `gateway event → reply REST call over ${all.length} questions (${dir}): p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms (bound: p95 ≤ ${BOUND_MS} ms) ${result.ok ? 'OK' : 'OVER'}`,
  );
  for (const k of kinds)
    console.log(`  ${k.padEnd(8)} p50 ${result.byKind[k]?.p50Ms} ms, p95 ${result.byKind[k]?.p95Ms} ms`);
}
process.exitCode = result.ok ? 0 : 1;
