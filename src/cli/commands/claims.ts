import type { CliCommand } from '../command.ts';
import { UsageError, writeLine } from '../io.ts';
import { renderClaims } from '../render.ts';
import { colorWanted, createStyle } from '../style.ts';

const scope = (article: string | undefined) => (article ? { articleId: article } : {});

export const claims: CliCommand = {
  name: 'claims',
  summary: 'claims on a topic, grouped by who makes them',
  usage: 'claims TOPIC [--source NAME] [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    const topic = args.positionals.join(' ').trim();
    if (!topic) throw new UsageError('Name a topic: npm run cli -- claims kursk [--source zelensky].');
    const result = library().claims(topic, {
      ...scope(args.article),
      ...(args.source ? { source: args.source } : {}),
    });
    writeLine(
      io.stdout,
      args.json ? JSON.stringify(result) : renderClaims(result, createStyle(colorWanted(io.env, io.isTTY))),
    );
    return 0;
  },
};
