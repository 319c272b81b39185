import type { CliCommand } from '../command.ts';
import { writeLine } from '../io.ts';
import { STANCE_LABEL } from '../render.ts';

export const sentences: CliCommand = {
  name: 'sentences',
  summary: 'every sentence of every article with its sources and stance',
  usage: 'sentences [--json] [--article ID] [--articles DIR]',
  run({ args, io, library }) {
    const lib = library();
    const articles = lib
      .articles()
      .filter((a) => !args.article || a.id === args.article)
      .map((a) => lib.article(a.id))
      .filter((a) => a !== undefined);
    const rows = articles.flatMap((a) =>
      a.sentences.map((s) => ({
        text: s.text,
        sources: s.sources,
        stance: s.stance,
        article: a.id,
        paragraph: s.paragraph + 1,
        position: s.index + 1,
        claims: s.claims,
      })),
    );
    if (args.json) {
      writeLine(io.stdout, JSON.stringify(rows));
      return 0;
    }
    for (const r of rows) {
      const who = r.sources
        .map((s) => (s.mention && s.mention !== s.name ? `${s.name} (“${s.mention}”)` : s.name))
        .join(', ');
      writeLine(io.stdout, `[${r.article} ${r.paragraph}.${r.position}] ${r.text}`);
      writeLine(io.stdout, `    ${STANCE_LABEL[r.stance]}${who ? ` · ${who}` : ''}`);
    }
    return 0;
  },
};
