/**
 * Wall time from starting `npm run cli -- ask` to its first answer line, over several runs
 * (the bound: ≤ 1.5 s). Uses the seed article unless --articles DIR is given.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const dirIndex = argv.indexOf('--articles');
const dir = dirIndex >= 0 ? argv[dirIndex + 1] : undefined;
const runs = argv.includes('--quick') ? 3 : 7;

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const args = [
      'run',
      '--silent',
      'cli',
      '--',
      'ask',
      '--json',
      '--stdin',
      ...(dir ? ['--articles', dir] : []),
    ];
    const child = spawn('npm', args, { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdout.once('data', () => {
      resolve(performance.now() - t0);
      child.stdin.end();
    });
    child.on('error', reject);
    child.stdin.write(`${JSON.stringify('What did the president say?')}\n`);
  });
}

const times: number[] = [];
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
if (json) console.log(JSON.stringify({ bench: 'cli-start', runs, medianMs: median, maxMs: times.at(-1) }));
else
  console.log(
    `start to first answer: median ${median.toFixed(0)} ms, max ${(times.at(-1) ?? 0).toFixed(0)} ms over ${runs} runs`,
  );
