import { splitSentences } from '../../article/split/index.ts';
import type { CliCommand } from '../command.ts';
import { readInputLines, UsageError, writeLine } from '../io.ts';

export const split: CliCommand = {
  name: 'split',
  summary: 'split text into sentences',
  usage: 'split "TEXT" | split --stdin  [--json]   (stdin: one JSON string per line)',
  async run({ args, io }) {
    const print = (sentences: string[]) => {
      if (args.json) writeLine(io.stdout, JSON.stringify(sentences));
      else for (const s of sentences) writeLine(io.stdout, s);
    };
    if (args.stdin) {
      for await (const text of readInputLines(io.stdin)) print(splitSentences(text));
      return 0;
    }
    const text = args.positionals.join(' ');
    if (!text.trim())
      throw new UsageError('Give a text to split: npm run cli -- split "One. Two." (or --stdin).');
    print(splitSentences(text));
    return 0;
  },
};
