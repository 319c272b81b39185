import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers/cli.ts';

/** The start of an ANSI colour sequence. */
const ESC = '\u001b[';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'articles');

describe('cli ask', () => {
  it('answers one JSON question per stdin line with one JSON object per line, in order', async () => {
    const questions = ['How many workers walked out?', 'What did the harbour company say?', ''];
    const { code, out } = await cli(
      ['ask', '--json', '--stdin', '--articles', FIXTURES],
      `${questions.map((q) => JSON.stringify(q)).join('\n')}\n`,
    );
    expect(code).toBe(0);
    const answers = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(3);
    expect(answers[0].answered).toBe(true);
    expect(answers[0].passages[0].text).toContain('400 members');
    for (const p of answers[0].passages)
      expect(p).toMatchObject({ text: expect.any(String), article: { id: 'harbour-strike' } });
    // An empty question is turned away politely, not answered.
    expect(answers[2]).toMatchObject({
      answered: false,
      passages: [],
      reason: expect.stringMatching(/ask a question/i),
    });
  });

  it('renders a readable answer with the quote and who says so', async () => {
    const { code, out } = await cli(['ask', 'How many workers walked out?', '--articles', FIXTURES]);
    expect(code).toBe(0);
    expect(out).toMatch(/“.*400 members.*”/);
    expect(out).toMatch(/paragraph 1, sentence 1/);
    expect(out.includes(ESC)).toBe(false);
  });

  it('turns away a 6,000-character question with its length', async () => {
    const { out } = await cli(
      ['ask', '--json', '--stdin', '--articles', FIXTURES],
      `${JSON.stringify('why '.repeat(1500))}\n`,
    );
    expect(JSON.parse(out)).toMatchObject({ answered: false, reason: expect.stringMatching(/characters/) });
  });
});

describe('cli split and sentences', () => {
  it('splits one JSON text per line into one JSON array per line', async () => {
    const { out } = await cli(
      ['split', '--json', '--stdin'],
      `${JSON.stringify('One here. Two there.')}\n"Three."\n`,
    );
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([['One here.', 'Two there.'], ['Three.']]);
  });

  it('lists every sentence with sources and stance', async () => {
    const { out } = await cli(['sentences', '--json', '--articles', FIXTURES]);
    const rows = JSON.parse(out);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r).toMatchObject({
        text: expect.any(String),
        sources: expect.any(Array),
        stance: expect.any(String),
      });
    }
  });
});

describe('cli errors', () => {
  it('names an unknown command and exits 1 without a stack trace', async () => {
    const { code, err } = await cli(['fly']);
    expect(code).toBe(1);
    expect(err).toMatch(/Unknown command "fly"/);
    expect(err).not.toMatch(/at .*\.ts/);
  });

  it('says so when the folder is missing or has no usable article', async () => {
    const missing = await cli(['ask', 'x', '--articles', '/nonexistent/articles']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/does not exist/);
    const dir = mkdtempSync(join(tmpdir(), 'empty-articles-'));
    writeFileSync(join(dir, 'blank.txt'), '');
    const empty = await cli(['ask', 'x', '--articles', dir]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/skipped blank.txt: the file is empty/);
    expect(empty.err).toMatch(/No usable article/);
  });

  it('rejects an unknown option with a clear message', async () => {
    const { code, err } = await cli(['ask', '--bogus']);
    expect(code).toBe(1);
    expect(err).toMatch(/bogus/);
  });

  it('stops quietly when its reader closes the pipe early (| head), without a stack trace', async () => {
    // The program itself, as `npm run cli` runs it: the pipe is the process's own stdout.
    const child = spawn(
      process.execPath,
      ['scripts/run.mjs', 'src/cli/main.ts', 'ask', '--json', '--stdin', '--articles', FIXTURES],
      { cwd: join(import.meta.dirname, '..'), stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
    });
    // Many answers, so that the process is still writing when the reader goes.
    child.stdin.end('"How many workers walked out?"\n'.repeat(2000));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|Error|\n\s+at /);
    // The compiled program finds the data files beside its sources (scripts/run.mjs links them).
    expect(err).not.toMatch(/word vectors not used/);
    expect(code).toBe(0);
  }, 30_000);
});
