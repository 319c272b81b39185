import { parseArgs } from 'node:util';
import { UsageError } from './io.ts';

/** Options every command understands; each command reads the ones it needs. */
export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  json: boolean;
  stdin: boolean;
  articles: string | undefined;
  article: string | undefined;
  source: string | undefined;
  limit: number | undefined;
  help: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, '.'));
  }
  const { values, positionals } = parsed;
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50)
      throw new UsageError('--limit takes a whole number from 1 to 50.');
  }
  const [command, ...rest] = positionals;
  return {
    command,
    positionals: rest,
    json: values.json ?? false,
    stdin: values.stdin ?? false,
    articles: values.articles,
    article: values.article,
    source: values.source,
    limit,
    help: values.help ?? false,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      stdin: { type: 'boolean' },
      articles: { type: 'string' },
      article: { type: 'string' },
      source: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
