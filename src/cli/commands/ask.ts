import { prepareQuestion } from '../../answer/question.ts';
import type { Answer } from '../../answer/types.ts';
import type { Library } from '../../library/library.ts';
import type { CliCommand } from '../command.ts';
import { readInputLines, UsageError, writeLine } from '../io.ts';
import { renderAnswer } from '../render.ts';
import { colorWanted, createStyle } from '../style.ts';

/** A question the core never saw (empty, too long): not answered, with the reason. */
const rejected = (question: string, message: string): Answer => ({
  question,
  answered: false,
  passages: [],
  related: [],
  reason: message,
});

export function askOnce(
  library: Library,
  raw: string,
  options: { articleId?: string; limit?: number },
): Answer {
  const prepared = prepareQuestion(raw);
  if (!prepared.ok) return rejected(raw, prepared.message);
  return library.ask(prepared.question, options);
}

export const ask: CliCommand = {
  name: 'ask',
  summary: 'answer a question with quoted, attributed passages',
  usage: 'ask "QUESTION" | ask --stdin  [--json] [--article ID] [--limit N] [--articles DIR]',
  async run({ args, io, library }) {
    const lib = library();
    const options = {
      ...(args.article ? { articleId: args.article } : {}),
      ...(args.limit ? { limit: args.limit } : {}),
    };
    if (args.article && !lib.article(args.article))
      throw new UsageError(`There is no article "${args.article}".`);
    const style = createStyle(colorWanted(io.env, io.isTTY));
    const answerOne = (q: string) => {
      const answer = askOnce(lib, q, options);
      writeLine(io.stdout, args.json ? JSON.stringify(answer) : `${renderAnswer(answer, style)}\n`);
    };
    if (args.stdin) {
      for await (const q of readInputLines(io.stdin)) answerOne(q);
      return 0;
    }
    const question = args.positionals.join(' ');
    if (!question.trim())
      throw new UsageError('Ask a question: npm run cli -- ask "What did Zelenskyy say?" (or --stdin).');
    answerOne(question);
    return 0;
  },
};
