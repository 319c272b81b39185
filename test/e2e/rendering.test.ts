/**
 * The real bot over a stand-in core (stub-library.ts) whose answers are predictable: "More passages",
 * non-empty claims, sources and disputes, and Discord's limits on very long and markdown-heavy
 * sentences, all checked on the REST calls the stand-in Discord receives.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userNamed } from './fake-discord.ts';
import {
  buttonsOf,
  embedsOf,
  FIXTURE_ARTICLES,
  messageOf,
  type Running,
  startBot,
  textOf,
} from './harness.ts';
import { stubLibrary } from './stub-library.ts';

let run: Running;
let articlesDir: string;

// One sentence of ~5,000 characters full of markdown, and one of a single 5,000-letter "word".
const LONG = `The harbour *pier* report_ said ${Array.from({ length: 420 }, (_, i) => `pier${i % 10} ~~w~~`).join(' ')} at last.`;
const UNBROKEN = `Piers ${'x'.repeat(5000)} end.`;

beforeAll(async () => {
  articlesDir = mkdtempSync(join(tmpdir(), 'article-bot-articles-'));
  for (const f of readdirSync(FIXTURE_ARTICLES))
    copyFileSync(join(FIXTURE_ARTICLES, f), join(articlesDir, f));
  writeFileSync(join(articlesDir, 'long-pier.txt'), `A very long pier report\n${LONG}\n${UNBROKEN}\n`);
  run = await startBot({ articlesDir, library: stubLibrary });
});
afterAll(async () => {
  await run?.stop();
  rmSync(articlesDir, { recursive: true, force: true });
});

const ask = (question: string) =>
  run.fake.responseTo(run.fake.slash('ask', [{ name: 'question', type: 3, value: question }]));

const unescapeMd = (s: string) => s.replace(/\\(.)/g, '$1');
const quoteOf = (e: Record<string, unknown>) => unescapeMd(String(e.description ?? '').replace(/^“|”$/g, ''));

/** All sentences of all articles, as the bot's library has them. */
const sentences = () =>
  run.library.articles().flatMap((a) => run.library.article(a.id)?.sentences.map((s) => s.text) ?? []);

describe('"More passages"', () => {
  it('pages through the passages, numbering on, until there are no more', async () => {
    const first = await ask('bridge repairs closure');
    const seen = embedsOf(first).map(quoteOf);
    expect(seen).toHaveLength(3);
    let call = first;
    for (let page = 0; page < 5; page++) {
      const more = buttonsOf(call).find((b) => b.label === 'More passages');
      if (!more) break;
      call = await run.fake.responseTo(run.fake.click(call.messageId ?? '', more.custom_id ?? ''));
      const embeds = embedsOf(call);
      if (!embeds.length) {
        expect(String(messageOf(call).content)).toMatch(/No more passages/);
        break;
      }
      expect((embeds[0]?.author as { name: string } | undefined)?.name).toBe(`Passage ${seen.length + 1}`);
      for (const e of embeds) {
        expect(seen).not.toContain(quoteOf(e));
        seen.push(quoteOf(e));
      }
    }
    expect(seen.length).toBeGreaterThan(3);
  });

  it('says so politely when the answer it belongs to is no longer known', async () => {
    const first = await ask('bridge repairs closure');
    const more = buttonsOf(first).find((b) => b.label === 'More passages');
    const stale = (more?.custom_id ?? '').replace(/^more:\d+/, 'more:1');
    const call = await run.fake.responseTo(run.fake.click(first.messageId ?? '', stale));
    expect(String(messageOf(call).content)).toMatch(/ask the question again/);
  });
});

describe('/claims, /sources and /disputes with results', () => {
  it('/claims groups the claims by who makes them, one embed per source', async () => {
    const call = await run.fake.responseTo(
      run.fake.slash('claims', [{ name: 'topic', type: 3, value: 'repairs' }]),
    );
    const titles = embedsOf(call).map((e) => e.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    expect(textOf(call)).toMatch(/grouped by who makes them/);
  });

  it('/claims autocompletes topics and sources from the core', async () => {
    const topic = await run.fake.responseTo(
      run.fake.autocomplete('claims', [{ name: 'topic', type: 3, value: 'bri', focused: true }]),
    );
    expect(
      ((topic.body?.data as { choices: { value: string }[] } | undefined)?.choices ?? []).map((c) => c.value),
    ).toContain('bridge');
  });

  it('/sources lists who is quoted, how often and in what stance', async () => {
    const call = await run.fake.responseTo(run.fake.slash('sources'));
    const fields = (embedsOf(call)[0]?.fields ?? []) as { name: string; value: string }[];
    expect(fields.length).toBeGreaterThan(0);
    expect(fields[0]?.value).toMatch(/^\d+ claims?/);
  });

  it('/disputes shows each side with who says it', async () => {
    const call = await run.fake.responseTo(run.fake.slash('disputes'));
    const sides = (embedsOf(call)[0]?.fields ?? []) as { name: string; value: string }[];
    expect(sides.length).toBe(2);
  });
});

describe('Discord’s limits on long sentences', () => {
  it('fits a 5,000-character quote by shortening it between words, never mid-word', async () => {
    const call = await ask('harbour pier report');
    expect(call.status).toBe(204);
    const quotes = embedsOf(call).map(quoteOf);
    const long = quotes.find((q) => q.startsWith('The harbour'));
    expect(long).toBeDefined();
    expect(long?.endsWith('…')).toBe(true);
    const kept = (long ?? '').slice(0, -1);
    expect(LONG.startsWith(kept)).toBe(true);
    // The cut falls between words: the next character of the sentence is white space.
    expect(LONG[kept.length]).toMatch(/\s/);
  });

  it('fits a single 5,000-letter word, the only case cut inside a word', async () => {
    const call = await ask('Piers end');
    expect(call.status).toBe(204);
    expect(embedsOf(call).length).toBeGreaterThan(0);
  });

  it('fits a context of long sentences', async () => {
    const call = await ask('harbour pier report');
    const button = buttonsOf(call).find((b) => b.label?.startsWith('Show context'));
    const context = await run.fake.responseTo(run.fake.click(call.messageId ?? '', button?.custom_id ?? ''));
    expect(context.status).toBe(204);
  });

  it('was never turned down by the stand-in Discord (400, code 50035)', () => {
    expect(run.fake.rejected).toEqual([]);
    expect(sentences()).toContain(LONG);
  });
});

describe('buttons from anyone', () => {
  it('answers a click by another user than the asker', async () => {
    const call = await ask('ferry river');
    const button = buttonsOf(call).find((b) => b.label?.startsWith('Show context'));
    const click = run.fake.click(call.messageId ?? '', button?.custom_id ?? '', userNamed('someone-else'));
    expect((await run.fake.responseTo(click)).status).toBe(204);
  });
});
