import type { Library } from '../library/library.ts';
import type { CliArgs } from './args.ts';
import { type CliIO, writeLine } from './io.ts';
import { colorWanted, createStyle, type Style } from './style.ts';

export interface CommandContext {
  args: CliArgs;
  io: CliIO;
  /** Opens the articles folder (the default, ARTICLES_DIR or --articles) once, on first use. */
  library(): Library;
}

/** One command of `npm run cli -- NAME`: its help text beside its handler. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(context: CommandContext): Promise<number> | number;
}

/** Prints a core result: as one JSON line with --json, else rendered for people (colour on a terminal only). */
export function printResult<T>(
  args: CliArgs,
  io: CliIO,
  result: T,
  render: (value: T, style: Style) => string,
): void {
  writeLine(
    io.stdout,
    args.json ? JSON.stringify(result) : render(result, createStyle(colorWanted(io.env, io.isTTY))),
  );
}

/** The --article option as the library's scope. */
export const articleScope = (args: CliArgs): { articleId?: string } =>
  args.article ? { articleId: args.article } : {};
