import { articleScope, type CliCommand, printResult } from '../command.ts';
import { UsageError } from '../io.ts';
import { renderClaims } from '../render.ts';

export const claims: CliCommand = {
  name: 'claims',
  summary: 'claims on a topic, grouped by who makes them',
  usage: 'claims TOPIC [--source NAME] [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    const topic = args.positionals.join(' ').trim();
    if (!topic) throw new UsageError('Name a topic: npm run cli -- claims kursk [--source zelensky].');
    const source = args.source ? { source: args.source } : {};
    printResult(args, io, library().claims(topic, { ...articleScope(args), ...source }), renderClaims);
    return 0;
  },
};
