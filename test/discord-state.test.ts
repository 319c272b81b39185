import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openChannelStore } from '../src/discord/channel-store.ts';
import { createCooldown } from '../src/discord/cooldown.ts';
import { articleHash, contextId, moreId, parseButtonId } from '../src/discord/custom-id.ts';
import { messageQuestion } from '../src/discord/messages.ts';
import { createSessions } from '../src/discord/sessions.ts';

const BOT = '900000000000000100';
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'article-bot-state-'));
  dirs.push(d);
  return d;
};

describe('messageQuestion', () => {
  const msg = (content: string, extra: Partial<Parameters<typeof messageQuestion>[0]> = {}) =>
    messageQuestion({ content, fromBot: false, inGuild: true, mentionsBot: false, ...extra }, BOT);

  it('takes a mention in a channel as a question, the mention stripped', () => {
    expect(msg(`<@${BOT}> who said it?`)).toBe('who said it?');
    expect(msg(`who said it <@!${BOT}>?`)).toBe('who said it  ?');
    expect(msg('who said it?', { mentionsBot: true })).toBe('who said it?');
  });

  it('takes any DM as a question', () => {
    expect(msg('who said it?', { inGuild: false })).toBe('who said it?');
  });

  it('ignores bots, channel messages not addressed to it, and bare @everyone/@here', () => {
    expect(msg(`<@${BOT}> who?`, { fromBot: true })).toBeUndefined();
    expect(msg('who said it?')).toBeUndefined();
    expect(msg('@everyone who said it?')).toBeUndefined();
    expect(msg(`<@${BOT}> @everyone`)).toBeUndefined();
    expect(msg('@here  @everyone', { inGuild: false })).toBeUndefined();
    expect(msg('', { inGuild: false })).toBeUndefined();
  });

  it('answers a bare mention (with a hint, further on) rather than staying silent', () => {
    expect(msg(`<@${BOT}>`)).toBe('');
  });
});

describe('cooldown', () => {
  it('allows `max` questions per window per user, then says how long to wait', () => {
    let now = 0;
    const cooldown = createCooldown({ seconds: 10, max: 2, now: () => now });
    expect(cooldown.take('a')).toBe(0);
    now = 1000;
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(9);
    expect(cooldown.take('b')).toBe(0);
    now = 10_001;
    expect(cooldown.take('a')).toBe(0);
  });

  it('is off with 0 seconds', () => {
    const cooldown = createCooldown({ seconds: 0, max: 1 });
    for (let i = 0; i < 100; i++) expect(cooldown.take('a')).toBe(0);
  });
});

describe('sessions', () => {
  it('keeps the most recently used answers up to its capacity', () => {
    const sessions = createSessions(2);
    sessions.remember('1', { question: 'one' });
    sessions.remember('2', { question: 'two' });
    sessions.get('1');
    sessions.remember('3', { question: 'three' });
    expect(sessions.get('2')).toBeUndefined();
    expect(sessions.get('1')?.question).toBe('one');
    expect(sessions.size).toBe(2);
  });
});

describe('button ids', () => {
  it('round-trip and always fit Discord’s 100 characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), fc.nat(100_000), (articleId, sentence) => {
        const id = contextId({ articleId, sentence });
        expect(id.length).toBeLessThanOrEqual(100);
        const parsed = parseButtonId(id);
        expect(parsed).toMatchObject({ kind: 'context', sentence });
        if (parsed?.kind === 'context')
          expect('id' in parsed.article ? parsed.article.id : parsed.article.hash).toBe(
            'id' in parsed.article ? articleId : articleHash(articleId),
          );
      }),
    );
    expect(parseButtonId(moreId('1234567890123456789', 3))).toEqual({
      kind: 'more',
      key: '1234567890123456789',
      shown: 3,
    });
    expect(parseButtonId('something-else')).toBeUndefined();
  });
});

describe('the channel store', () => {
  it('keeps each channel’s article across reopening, in one JSON file, written atomically', () => {
    const dir = tempDir();
    const store = openChannelStore(dir);
    store.set('1', 'harbour');
    store.set('2', 'bridge');
    store.set('2', undefined);
    const again = openChannelStore(dir);
    expect(again.get('1')).toBe('harbour');
    expect(again.get('2')).toBeUndefined();
    expect(JSON.parse(readFileSync(join(dir, 'channels.json'), 'utf8'))).toEqual({
      version: 1,
      channels: { '1': 'harbour' },
    });
    expect(readdirSync(dir)).toEqual(['channels.json']);
  });

  it('starts empty, with a warning, from a damaged file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'channels.json'), '{"channels": {"1": "har');
    const problems: string[] = [];
    const store = openChannelStore(dir, (p) => problems.push(p.reason));
    expect(store.get('1')).toBeUndefined();
    expect(problems[0]).toMatch(/not valid JSON/);
  });

  it('creates its folder when first needed', () => {
    const dir = join(tempDir(), 'nested', 'data');
    openChannelStore(dir).set('1', 'x');
    expect(openChannelStore(dir).get('1')).toBe('x');
  });
});
