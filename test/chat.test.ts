import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runChat } from '../src/cli/chat.ts';
import { openLibrary } from '../src/library/memory-library.ts';

/** The start of an ANSI colour sequence. */
const ESC = '\u001b[';

const library = openLibrary(join(import.meta.dirname, 'fixtures', 'articles'));

async function chat(lines: string[], color = false): Promise<string> {
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => {
    out += d;
  });
  await runChat(library, { input: Readable.from([`${lines.join('\n')}\n`]), output, color });
  return out;
}

describe('local chat', () => {
  it('greets, answers a question with the quote, and says bye on /quit', async () => {
    const out = await chat(['How many workers walked out?', '/quit', 'never answered']);
    expect(out).toMatch(/local chat over 1 article/);
    expect(out).toMatch(/400 members/);
    expect(out).toMatch(/Bye\.\n$/);
    expect(out).not.toMatch(/never answered/);
  });

  it('explains every command in /help and handles unknown ones politely', async () => {
    const out = await chat(['/help', '/fly']);
    for (const c of ['/claims', '/sources', '/disputes', '/more', '/context', '/quit'])
      expect(out).toContain(c);
    expect(out).toMatch(/Unknown command \/fly/);
  });

  it('shows the sentences around a passage with /context', async () => {
    const out = await chat(['How many workers walked out?', '/context 1']);
    expect(out).toMatch(/» .*400 members/);
  });

  it('uses colour only when asked to', async () => {
    expect((await chat(['How many workers walked out?'])).includes(ESC)).toBe(false);
    expect((await chat(['How many workers walked out?'], true)).includes(ESC)).toBe(true);
  });

  it('asks about one article after /article ID and refuses an unknown one', async () => {
    const out = await chat(['/article nope', '/article harbour-strike']);
    expect(out).toMatch(/There is no article "nope"/);
    expect(out).toMatch(/Asking about “Dock workers strike/);
  });
});
