import type { CliCommand } from '../command.ts';
import { writeLine } from '../io.ts';
import { renderSources } from '../render.ts';
import { colorWanted, createStyle } from '../style.ts';

const scope = (article: string | undefined) => (article ? { articleId: article } : {});

export const sources: CliCommand = {
  name: 'sources',
  summary: 'who the articles quote, how often, in what stance',
  usage: 'sources [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    const result = library().sources(scope(args.article));
    writeLine(
      io.stdout,
      args.json ? JSON.stringify(result) : renderSources(result, createStyle(colorWanted(io.env, io.isTTY))),
    );
    return 0;
  },
};
