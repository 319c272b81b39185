import { articleScope, type CliCommand, printResult } from '../command.ts';
import { renderDisputes } from '../render.ts';

export const disputes: CliCommand = {
  name: 'disputes',
  summary: 'where the sources disagree, each side attributed',
  usage: 'disputes [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    printResult(args, io, library().disputes(articleScope(args)), renderDisputes);
    return 0;
  },
};
