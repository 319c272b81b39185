import { type CliCommand, printResult } from '../command.ts';
import { renderArticles } from '../render.ts';

export const articles: CliCommand = {
  name: 'articles',
  summary: 'list the articles',
  usage: 'articles [--json] [--articles DIR]',
  run({ args, io, library }) {
    printResult(args, io, library().articles(), renderArticles);
    return 0;
  },
};
