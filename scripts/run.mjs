/**
 * Runs a TypeScript entry point (`node scripts/run.mjs src/cli/main.ts ARGS…`) as JavaScript
 * compiled by tsc into dist/<hash of src>/, compiling again only when src/ changed. A loader
 * such as tsx transpiles in a second thread with a heap of its own: ~40 MB more resident memory
 * and ~150 ms more start, which a library of 10,000 articles cannot spare (issue 5). Without
 * TypeScript (npm ci --omit=dev) or when compiling fails, the entry runs through tsx instead.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'src');
const [entry, ...args] = process.argv.slice(2);
const compileOnly = entry === '--compile';
if (!compileOnly && (!entry?.startsWith('src/') || !entry.endsWith('.ts'))) {
  process.stderr.write('usage: node scripts/run.mjs src/ENTRY.ts [ARGS…] | --compile\n');
  process.exit(2);
}

/** Hash of everything tsc compiles (and its settings): the compiled copy's name. */
function sourceHash() {
  const hash = createHash('sha1');
  for (const config of ['tsconfig.json', 'tsconfig.build.json'])
    hash.update(readFileSync(join(root, config)));
  const files = readdirSync(src, { recursive: true })
    .filter((f) => /\.(ts|json)$/.test(f) && !f.includes('generated'))
    .sort();
  for (const f of files) hash.update(f).update(readFileSync(join(src, f)));
  return hash.digest('hex').slice(0, 12);
}

/** Compiles src/ into `out` (aside, then renamed: concurrent starts never see half of it). */
function compile(out) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return false;
  }
  const aside = `${out}.tmp-${process.pid}`;
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', aside], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) {
    rmSync(aside, { recursive: true, force: true });
    return false;
  }
  // Generated tables stay where `npm ci` made them, and binary data where git has it (tsc copies
  // only JSON): the compiled code finds both at the same place.
  const generated = join(src, 'search', 'data', 'generated');
  if (existsSync(generated)) symlinkSync(generated, join(aside, 'search', 'data', 'generated'), 'dir');
  const vectors = join(src, 'search', 'data', 'word-vectors.bin');
  if (existsSync(vectors)) symlinkSync(vectors, join(aside, 'search', 'data', 'word-vectors.bin'));
  try {
    renameSync(aside, out);
  } catch {
    // Another start compiled the same sources first.
    rmSync(aside, { recursive: true, force: true });
  }
  // Copies of earlier sources are of no further use.
  for (const old of readdirSync(join(root, 'dist'))) {
    const path = join(root, 'dist', old);
    if (path !== out && !old.includes('.tmp-')) rmSync(path, { recursive: true, force: true });
  }
  return existsSync(out);
}

const out = join(root, 'dist', sourceHash());
if (compileOnly) {
  // `npm ci` compiles once (prepare); a failure there is not fatal: runs fall back to tsx.
  if (!existsSync(out) && !compile(out))
    process.stderr.write('article-bot: compiling failed; tsx will run the sources\n');
  process.exit(0);
}
const compiled = join(out, relative(src, join(root, entry)).replace(/\.ts$/, '.js'));
// The entry sees itself as the program started, as it would under `node FILE`.
process.argv = [process.argv[0], compiled, ...args];
if (existsSync(compiled) || compile(out)) {
  await import(pathToFileURL(compiled).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  process.argv[1] = join(root, entry);
  await tsImport(pathToFileURL(join(root, entry)).href, import.meta.url);
}
