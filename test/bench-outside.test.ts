import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliCommand, once } from '../bench/outside.ts';

const dir = mkdtempSync(join(tmpdir(), 'article-bot-outside-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the from-outside benchmark', () => {
  it("starts the cli script's own node flags and entry point, without npm", () => {
    expect(
      cliCommand({ cli: 'node --max-semi-space-size=4 --expose-gc scripts/run.mjs src/cli/main.ts' }),
    ).toEqual({
      flags: ['--max-semi-space-size=4', '--expose-gc'],
      entry: ['scripts/run.mjs', 'src/cli/main.ts'],
    });
    expect(() => cliCommand({ cli: 'tsx src/cli/main.ts' })).toThrow(/node/);
  });

  it('times every answer of a piped run and reads the peak memory of the process it started', async () => {
    writeFileSync(
      join(dir, 'storm.txt'),
      'Storm closes the harbour\nThe harbour was closed on Monday after a storm, the port authority said.\nFerries will resume on Friday, officials said.\n',
    );
    const figures = await once(dir, [
      '"When will ferries resume?"',
      'who closed the harbour',
      '"What did the mayor say?"',
    ]);
    expect(figures.questions).toBe(3);
    expect(figures.startToFirstMs).toBeGreaterThan(0);
    expect(figures.perQuestionMs).toBeGreaterThanOrEqual(0);
    expect(figures.totalPerQuestionMs).toBeGreaterThan(figures.perQuestionMs);
    if (process.platform === 'linux') expect(figures.peakRssMb).toBeGreaterThan(10);
  }, 30_000);
});
