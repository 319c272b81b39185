/**
 * What the baselines search: every sentence of every article with its article id, read with the
 * project's parser and splitter but without attribution (the baselines do not use it), so their
 * build time is their own indexing plus the least text processing any search needs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignIds, listArticleFiles } from '../../../src/article/load.ts';
import { parseArticle } from '../../../src/article/parse.ts';
import { splitSentences } from '../../../src/article/split/index.ts';

export interface SentenceRecord {
  articleId: string;
  text: string;
}

/** A search over sentence records, best first. */
export interface SentenceSearch {
  search(question: string, limit: number): SentenceRecord[];
}

export function readSentenceRecords(dir: string): SentenceRecord[] {
  const files = listArticleFiles(dir);
  const ids = assignIds(files);
  const records: SentenceRecord[] = [];
  for (const file of files) {
    const parsed = parseArticle(readFileSync(join(dir, file), 'utf8'));
    if (!parsed) continue;
    const articleId = ids.get(file) ?? file;
    for (const paragraph of parsed.paragraphs)
      for (const text of splitSentences(paragraph)) records.push({ articleId, text });
  }
  return records;
}
