/**
 * Issue 5's figures as they are checked: from outside, through the command line, with every
 * question piped in at once (`npm run cli -- ask --json --stdin --articles DIR`). Reports, per run:
 * start to first answer; time per question after the first ((last answer − first answer) ÷
 * (n − 1)) and over the whole run (total ÷ n); and the process's peak resident memory (VmHWM from
 * /proc on Linux; not reported elsewhere). It starts the very command line of package.json's `cli`
 * script (node and its flags), not npm, so that the memory read is that process's own.
 *
 *   npx tsx bench/outside.ts --articles DIR (--questions FILE | --synthetic N) [--runs 3] [--json]
 *
 * FILE holds one question per line (a JSON string or plain text, as `ask --stdin` reads them).
 * `--synthetic N` asks N typo questions of bench/corpus/questions.ts over a corpus written by
 * bench/corpus/write.ts (its size is the folder's article count).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusGenerator } from './corpus/generate.ts';
import { generateQuestions } from './corpus/questions.ts';

const root = join(import.meta.dirname, '..');

export interface RunFigures {
  questions: number;
  startToFirstMs: number;
  perQuestionMs: number;
  totalPerQuestionMs: number;
  /** Peak resident memory in MB (undefined where /proc is not there). */
  peakRssMb?: number;
}

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

/** The `cli` script's node flags and entry point: what `npm run cli` would start, without npm. */
export function cliCommand(scripts: Record<string, string>): { flags: string[]; entry: string[] } {
  const words = (scripts.cli ?? '').split(/\s+/).filter(Boolean);
  if (words[0] !== 'node') throw new Error('package.json\'s "cli" script does not start with node');
  const entryAt = words.findIndex((w, i) => i > 0 && !w.startsWith('-'));
  if (entryAt < 0) throw new Error('package.json\'s "cli" script names no entry point');
  return { flags: words.slice(1, entryAt), entry: words.slice(entryAt) };
}

/** The peak resident memory of a running process, in MB (Linux), undefined once it is gone. */
function peakRss(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function once(dir: string, lines: string[]): Promise<RunFigures> {
  const { flags, entry } = cliCommand(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [...flags, ...entry, 'ask', '--json', '--stdin', '--articles', dir],
      {
        cwd: root,
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    let first: number | undefined;
    let last = t0;
    let answered = 0;
    let peak: number | undefined;
    let partial = '';
    const sample = () => {
      const now = child.pid === undefined ? undefined : peakRss(child.pid);
      if (now !== undefined) peak = Math.max(peak ?? 0, now);
    };
    // VmHWM only grows: read now and then, and at each batch of answers up to the last.
    const timer = setInterval(sample, 50);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const now = performance.now();
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      if (!parts.length) return;
      first ??= now;
      last = now;
      answered += parts.length;
      sample();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0 || first === undefined) {
        reject(new Error(`the command line exited with ${code} after ${answered} answers`));
        return;
      }
      const n = lines.length;
      resolve({
        questions: n,
        startToFirstMs: first - t0,
        perQuestionMs: n > 1 ? (last - first) / (n - 1) : 0,
        totalPerQuestionMs: (last - t0) / n,
        ...(peak === undefined ? {} : { peakRssMb: peak }),
      });
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dir = option(argv, '--articles');
  const file = option(argv, '--questions');
  const synthetic = Number(option(argv, '--synthetic') ?? 0);
  const runs = Math.max(1, Number(option(argv, '--runs') ?? 3));
  if (!dir || (!file && !(synthetic > 0))) {
    console.error(
      'usage: npx tsx bench/outside.ts --articles DIR (--questions FILE | --synthetic N) [--runs 3] [--json]',
    );
    process.exitCode = 2;
    return;
  }
  const size = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).length;
  const lines = file
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
    : generateQuestions(corpusGenerator(), size, synthetic).map((q) => JSON.stringify(q.question));
  const results: RunFigures[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(dir, lines));
  const summary = {
    bench: 'outside',
    articles: size,
    questions: lines.length,
    runs,
    startToFirstMs: median(results.map((r) => r.startToFirstMs)),
    perQuestionMs: median(results.map((r) => r.perQuestionMs)),
    totalPerQuestionMs: median(results.map((r) => r.totalPerQuestionMs)),
    peakRssMb: results.some((r) => r.peakRssMb !== undefined)
      ? Math.max(...results.map((r) => r.peakRssMb ?? 0))
      : undefined,
    each: results,
  };
  if (argv.includes('--json')) {
    console.log(JSON.stringify(summary));
    return;
  }
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(
    `${size} articles, ${lines.length} questions piped into ask --json --stdin, ${runs} runs (median):`,
  );
  console.log(`  start to first answer   ${summary.startToFirstMs.toFixed(0)} ms`);
  console.log(
    `  per question after it   ${ms(summary.perQuestionMs)}   (runs: ${results.map((r) => r.perQuestionMs.toFixed(2)).join(', ')})`,
  );
  console.log(`  whole run ÷ questions   ${ms(summary.totalPerQuestionMs)}`);
  console.log(
    `  peak resident memory    ${summary.peakRssMb === undefined ? 'not known here' : `${summary.peakRssMb.toFixed(0)} MB (highest run)`}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
