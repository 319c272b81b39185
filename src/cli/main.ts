import { resolve } from 'node:path';
import { ArticlesFolderError } from '../article/load.ts';
import { settleHeap } from '../heap.ts';
import { cacheFileFor } from '../library/cache.ts';
import type { Library } from '../library/library.ts';
import { openLibrary } from '../library/memory-library.ts';
import { terminalProgress } from '../library/progress.ts';
import { snapshotFileFor } from '../library/snapshot.ts';
import { parseCliArgs } from './args.ts';
import type { CliCommand } from './command.ts';
import { articles } from './commands/articles.ts';
import { ask } from './commands/ask.ts';
import { chat } from './commands/chat.ts';
import { claims } from './commands/claims.ts';
import { disputes } from './commands/disputes.ts';
import { sentences } from './commands/sentences.ts';
import { sources } from './commands/sources.ts';
import { split } from './commands/split.ts';
import { type CliIO, processIO, UsageError, writeLine } from './io.ts';

export const COMMANDS: readonly CliCommand[] = [
  ask,
  chat,
  claims,
  sources,
  disputes,
  articles,
  sentences,
  split,
];

export const DEFAULT_ARTICLES_DIR = 'seeds';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: npm run cli -- COMMAND [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options: --json (machine-readable output), --articles DIR (default: ARTICLES_DIR or seeds/),',
    '         --article ID (one article only), --stdin (one JSON string per line), --help',
    '',
    ...COMMANDS.map((c) => `  npm run cli -- ${c.usage}`),
  ].join('\n');
}

/** Opens the articles folder, reporting skipped files on stderr; no usable article is a UsageError. */
export function openCliLibrary(dir: string, io: CliIO): Library {
  const library = openLibrary(dir, {
    onProgress: terminalProgress(io.stderr),
    // The library is kept on disk, so the next start reads it instead of building (see snapshot.ts).
    ...(io.env.ARTICLE_CACHE === 'off'
      ? {}
      : {
          cacheFile: cacheFileFor(dir, resolve('.cache')),
          snapshotFile: snapshotFileFor(dir, resolve('.cache')),
        }),
  });
  for (const w of library.warnings()) writeLine(io.stderr, `article-bot: skipped ${w.file}: ${w.reason}.`);
  if (!library.articles().length) {
    throw new UsageError(
      `No usable article in ${dir}. Add a .txt or .md file there (see README, "Adding an article").`,
    );
  }
  return library;
}

/**
 * Runs one command. `opened` runs once the articles are open (the program settles its heap then;
 * tests, which share a process, leave it alone).
 */
export async function runCli(
  argv: string[],
  io: CliIO = processIO(),
  opened: (library: Library) => void = () => {},
): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (!args.command || args.command === 'help' || (args.help && !args.command)) {
      writeLine(args.command || args.help ? io.stdout : io.stderr, usage());
      return args.command || args.help ? 0 : 1;
    }
    const command = COMMANDS.find((c) => c.name === args.command);
    if (!command)
      throw new UsageError(
        `Unknown command "${args.command}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`,
      );
    if (args.help) {
      writeLine(io.stdout, `npm run cli -- ${command.usage}\n  ${command.summary}`);
      return 0;
    }
    const dir = resolve(args.articles ?? (io.env.ARTICLES_DIR || DEFAULT_ARTICLES_DIR));
    let library: Library | undefined;
    const open = (): Library => {
      const opening = openCliLibrary(dir, io);
      opened(opening);
      return opening;
    };
    return await command.run({ args, io, library: () => (library ??= open()) });
  } catch (error) {
    if (error instanceof UsageError || error instanceof ArticlesFolderError) {
      writeLine(io.stderr, `article-bot: ${error.message}`);
      return 1;
    }
    writeLine(io.stderr, `article-bot: unexpected error: ${(error as Error).message}`);
    return 2;
  }
}

// Run when started as a program (not when imported by tests).
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/cli/main.ts')) {
  // A reader that stops early (`| head`) closes the pipe: the answers it did not want are not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const code = await runCli(process.argv.slice(2), processIO(), settleHeap);
  process.exitCode = code;
}
