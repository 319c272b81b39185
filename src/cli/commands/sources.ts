import { articleScope, type CliCommand, printResult } from '../command.ts';
import { renderSources } from '../render.ts';

export const sources: CliCommand = {
  name: 'sources',
  summary: 'who the articles quote, how often, in what stance',
  usage: 'sources [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    printResult(args, io, library().sources(articleScope(args)), renderSources);
    return 0;
  },
};
