/**
 * `/article add` and `/article remove` through the real bot and the stand-in Discord, which serves
 * the attachments as Discord's CDN would: who may use them, which file names the bot stores, which
 * files it refuses, and that an added article answers at once and a removed one no longer does.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RestCall, userNamed, type Where } from './fake-discord.ts';
import { messageOf, type Running, startBot, textOf } from './harness.ts';

const BRIDGE = `Town council votes on a new footbridge
The council approved the footbridge across the canal by nine votes to four, the clerk said.
Construction is expected to begin in autumn, according to the engineer.
`;
const LIGHTHOUSE = `Lighthouse keeper retires after forty winters
The keeper of the Skerry Point lighthouse retired on Friday after forty winters on the rock, the coastguard said.
"The lamp never went out on my watch," the keeper told reporters.
`;

/** The default member permissions of the stand-in plus Manage Server (1 << 5). */
const MANAGER = (1071698660929n | 32n).toString();
const EPHEMERAL = 64;
const MAX = 4 * 1024;

let run: Running;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'article-bot-add-'));
  writeFileSync(join(dir, 'footbridge.txt'), BRIDGE);
  run = await startBot({ articlesDir: dir, uploads: { maxBytes: MAX } });
});
afterAll(async () => {
  await run?.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  // Each test starts from the one article.
  for (const f of readdirSync(dir)) if (f !== 'footbridge.txt') rmSync(join(dir, f));
  for (const a of run.library.articles()) if (a.file !== 'footbridge.txt') run.library.removeFile(a.file);
});

/** The bot's answer: an immediate reply, or the edit of a deferred one. */
function answerTo(id: string): Promise<RestCall> {
  return run.fake.waitForCall(
    (c) =>
      c.status < 300 &&
      ((c.path.startsWith(`/interactions/${id}/`) && c.body?.type === 4) ||
        (c.method === 'PATCH' && c.path.includes(`/itoken-${id}/messages/@original`))),
  );
}

const isEphemeral = (call: RestCall) =>
  // A deferred reply is made private when deferred (type 5 with the flag); its edit carries none.
  (Number(messageOf(call).flags ?? 0) & EPHEMERAL) === EPHEMERAL || call.method === 'PATCH';

async function add(
  filename: string,
  content: Uint8Array | string,
  where: Where = { permissions: MANAGER },
  extra: { replace?: boolean; size?: number } = {},
): Promise<{ call: RestCall; text: string }> {
  const upload = run.fake.attach('file', filename, content, extra.size);
  const options: Record<string, unknown>[] = [upload.option];
  if (extra.replace !== undefined) options.push({ name: 'replace', type: 5, value: extra.replace });
  const id = run.fake.slash('article', [{ name: 'add', type: 1, options }], userNamed('editor'), {
    ...where,
    resolved: upload.resolved,
  });
  const call = await answerTo(id);
  return { call, text: textOf(call) };
}

async function slash(name: string, options: Record<string, unknown>[], where: Where = {}): Promise<string> {
  const id = run.fake.slash(name, options, userNamed('reader'), where);
  return textOf(await answerTo(id));
}

const files = () => readdirSync(dir).sort();
describe('who may add and remove articles', () => {
  it('refuses a member without Manage Server, privately, and stores nothing', async () => {
    const { call, text } = await add('lighthouse.txt', LIGHTHOUSE, {});
    expect(text).toMatch(/Manage Server/);
    expect(isEphemeral(call)).toBe(true);
    expect(files()).toEqual(['footbridge.txt']);
  });

  it('refuses in a direct message', async () => {
    const { text } = await add('lighthouse.txt', LIGHTHOUSE, { dm: true, permissions: MANAGER });
    expect(text).toMatch(/not in direct messages/);
    expect(files()).toEqual(['footbridge.txt']);
  });

  it('refuses /article remove to a member without Manage Server', async () => {
    const text = await slash('article', [
      { name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: 'footbridge' }] },
    ]);
    expect(text).toMatch(/Manage Server/);
    expect(files()).toEqual(['footbridge.txt']);
  });
});

describe('adding an article', () => {
  it('stores it in the articles folder and /ask answers from it at once', async () => {
    const { call, text } = await add('Lighthouse keeper.txt', LIGHTHOUSE);
    expect(isEphemeral(call)).toBe(true);
    expect(text).toMatch(/Added “Lighthouse keeper retires after forty winters” as `lighthouse-keeper`/);
    expect(files()).toEqual(['footbridge.txt', 'lighthouse-keeper.txt']);
    expect(readFileSync(join(dir, 'lighthouse-keeper.txt'), 'utf8')).toBe(LIGHTHOUSE);
    const answer = await slash('ask', [
      { name: 'question', type: 3, value: 'When did the lighthouse keeper retire?' },
    ]);
    expect(answer).toContain('retired on Friday after forty winters');
  });

  it.each([
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['a/b.md', 'b.md'],
    ['CON.txt', 'con-article.txt'],
    ['Ölhafen Nachrichten café.md', 'olhafen-nachrichten-cafe.md'],
  ])('stores %s under a safe name of ours: %s', async (attachment, stored) => {
    const { text } = await add(attachment, LIGHTHOUSE);
    expect(text).toMatch(/^Added/);
    expect(files()).toEqual(['footbridge.txt', stored].sort());
    expect(existsSync(join(dir, '..', 'etc'))).toBe(false);
  });

  it('does not overwrite an article file unless replace is set', async () => {
    await add('lighthouse.txt', LIGHTHOUSE);
    const edited = LIGHTHOUSE.replace('on Friday', 'on Saturday');
    const refused = await add('lighthouse.txt', edited);
    expect(refused.text).toMatch(/already an article file `lighthouse.txt`.*replace/);
    expect(readFileSync(join(dir, 'lighthouse.txt'), 'utf8')).toBe(LIGHTHOUSE);
    const replaced = await add('lighthouse.txt', edited, { permissions: MANAGER }, { replace: true });
    expect(replaced.text).toMatch(/^Replaced/);
    const answer = await slash('ask', [{ name: 'question', type: 3, value: 'When did the keeper retire?' }]);
    expect(answer).toContain('on Saturday');
  });

  it.each([
    ['a PDF', 'story.pdf', LIGHTHOUSE, /`.txt` or `.md`/],
    ['empty', 'empty.txt', '', /empty/],
    ['binary', 'binary.txt', new Uint8Array([0x4c, 0x69, 0x00, 0xff, 0x10, 0x00]), /binary/],
    ['not UTF-8', 'latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a, 0x4f, 0x6b, 0x2e]), /UTF-8/],
    ['only a headline', 'headline.md', '# Just a headline\n', /no body text/],
  ])('refuses a file that is %s, and stores nothing', async (_what, name, content, reason) => {
    const { text } = await add(name, content);
    expect(text).toMatch(reason);
    expect(files()).toEqual(['footbridge.txt']);
  });

  it('refuses a file over the size cap, whether Discord reports its size or not', async () => {
    const big = `${LIGHTHOUSE}${'The keeper kept a log. '.repeat(300)}\n`;
    expect(big.length).toBeGreaterThan(MAX);
    const reported = await add('big.txt', big);
    expect(reported.text).toMatch(/over the 4 KB limit/);
    const understated = await add('big.txt', big, { permissions: MANAGER }, { size: 100 });
    expect(understated.text).toMatch(/over the 4 KB limit/);
    expect(files()).toEqual(['footbridge.txt']);
  });
});

describe('removing an article', () => {
  it('deletes its file and /ask no longer answers from it', async () => {
    await add('lighthouse.txt', LIGHTHOUSE);
    const text = await slash(
      'article',
      [{ name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: 'lighthouse' }] }],
      { permissions: MANAGER },
    );
    expect(text).toMatch(/Removed “Lighthouse keeper retires/);
    expect(files()).toEqual(['footbridge.txt']);
    expect(run.library.article('lighthouse')).toBeUndefined();
    const answer = await slash('ask', [
      { name: 'question', type: 3, value: 'When did the lighthouse keeper retire?' },
    ]);
    expect(answer).not.toContain('forty winters');
  });

  it('keeps the last article, so the bot can still answer', async () => {
    const text = await slash(
      'article',
      [{ name: 'remove', type: 1, options: [{ name: 'id', type: 3, value: 'footbridge' }] }],
      { permissions: MANAGER },
    );
    expect(text).toMatch(/only article left/);
    expect(files()).toEqual(['footbridge.txt']);
  });
});
