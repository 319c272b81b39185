/**
 * Baseline 1: plain Fuse.js over all sentences, tuned as well as Fuse.js allows for questions over
 * long texts (token search with TF-IDF, match location ignored). What the bot would do without an
 * index of its own.
 */
import Fuse from 'fuse.js';
import type { SentenceRecord, SentenceSearch } from './records.ts';

export function fuseSentences(records: SentenceRecord[]): SentenceSearch {
  const fuse = new Fuse(records, {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.4,
    useTokenSearch: true,
  });
  return {
    search: (question, limit) => fuse.search(question, { limit }).map((r) => r.item),
  };
}
