/**
 * `npm run bench`: every benchmark of the project, one after another, each in its own process so
 * that one's heap does not colour another's figures. Extra arguments go to each benchmark
 * (e.g. `npm run bench -- --json`, `npm run bench -- --quick`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const BENCHES: { file: string; title: string }[] = [
  { file: 'bench/answer.ts', title: 'Answering: time per question on the seed article (in process)' },
  { file: 'bench/search.ts', title: 'Passage search alone: time per query at 10,000 articles' },
  { file: 'bench/split.ts', title: 'Sentence splitting: sentences per second' },
  { file: 'bench/attribution.ts', title: 'Attribution: sentences per second' },
  { file: 'bench/cli-start.ts', title: 'Command line: process start to first answer' },
  { file: 'bench/discord.ts', title: 'Discord: gateway event to reply REST call' },
  {
    file: 'bench/scale/run.ts',
    title: 'Many articles: build, memory, time per question vs Fuse.js and a plain BM25 index',
  },
];

const extra = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHES) {
  if (!existsSync(join(root, bench.file))) continue;
  if (!extra.includes('--json')) console.log(`\n=== ${bench.title} (${bench.file})`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', bench.file, ...extra], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
