import type { Library } from '../library/library.ts';
import type { CliArgs } from './args.ts';
import type { CliIO } from './io.ts';

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
