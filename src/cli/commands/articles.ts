import type { CliCommand } from '../command.ts';
import { writeLine } from '../io.ts';
import { renderArticles } from '../render.ts';
import { colorWanted, createStyle } from '../style.ts';

export const articles: CliCommand = {
  name: 'articles',
  summary: 'list the articles',
  usage: 'articles [--json] [--articles DIR]',
  run({ args, io, library }) {
    const list = library().articles();
    writeLine(
      io.stdout,
      args.json ? JSON.stringify(list) : renderArticles(list, createStyle(colorWanted(io.env, io.isTTY))),
    );
    return 0;
  },
};
