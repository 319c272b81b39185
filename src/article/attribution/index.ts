import type { Claim, Source, Stance } from '../types.ts';

/** What attribution finds for one sentence. */
export interface SentenceAttribution {
  sources: Source[];
  stance: Stance;
  claims: Claim[];
}

/**
 * Attributes every sentence of an article. `paragraphs[p][i]` is sentence i of body paragraph p;
 * the result has the same shape. Placeholder until the attribution module lands: everything is
 * the article's own narration.
 */
export function attributeArticle(
  paragraphs: string[][],
  _context: { title: string },
): SentenceAttribution[][] {
  return paragraphs.map((sentences) =>
    sentences.map((text) => ({
      sources: [],
      stance: 'narration' as const,
      claims: [
        {
          source: null,
          cue: null,
          stance: 'narration' as const,
          text,
          span: [0, text.length] as [number, number],
        },
      ],
    })),
  );
}
