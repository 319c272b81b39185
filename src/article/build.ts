import { attributeArticle } from './attribution/index.ts';
import type { ParsedArticle } from './parse.ts';
import { splitSentences } from './split/index.ts';
import type { Article, Sentence } from './types.ts';

/** Parsed article → sentences with their attribution: the whole text pipeline for one article. */
export function buildArticle(id: string, file: string, parsed: ParsedArticle): Article {
  const split = parsed.paragraphs.map((p) => splitSentences(p));
  const attributed = attributeArticle(split, { title: parsed.title });
  const sentences: Sentence[] = [];
  split.forEach((paragraph, p) => {
    paragraph.forEach((text, index) => {
      const a = attributed[p]?.[index];
      sentences.push({
        id: sentences.length,
        text,
        paragraph: p,
        index,
        sources: a?.sources ?? [],
        stance: a?.stance ?? 'narration',
        claims: a?.claims ?? [],
      });
    });
  });
  const { paragraphs, ...meta } = parsed;
  return { id, file, ...meta, paragraphs, sentences };
}
