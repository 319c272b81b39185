import type { CliCommand } from '../command.ts';
import { writeLine } from '../io.ts';
import { renderDisputes } from '../render.ts';
import { colorWanted, createStyle } from '../style.ts';

const scope = (article: string | undefined) => (article ? { articleId: article } : {});

export const disputes: CliCommand = {
  name: 'disputes',
  summary: 'where the sources disagree, each side attributed',
  usage: 'disputes [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    const result = library().disputes(scope(args.article));
    writeLine(
      io.stdout,
      args.json ? JSON.stringify(result) : renderDisputes(result, createStyle(colorWanted(io.env, io.isTTY))),
    );
    return 0;
  },
};
