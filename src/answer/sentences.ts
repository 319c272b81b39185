/**
 * What ranking reads of every indexed sentence, kept compactly: its paragraph, stance and the
 * kinds of answer it offers (feature bits). No text and no object per sentence: a large library
 * keeps this instead of every article's object graph, and whole articles are fetched only for the
 * few passages an answer shows.
 */
import type { Article, Stance } from '../article/types.ts';
import { featureBits, surnamesIn } from './features.ts';

export interface RankedSentence {
  paragraph: number;
  stance: Stance;
  /** FEATURE bits (features.ts). */
  features: number;
}

const STANCES: readonly Stance[] = ['direct', 'reported', 'hedged', 'speculation', 'narration'];
/** codes: stance index in the low three bits, feature bits above. */
const FEATURE_SHIFT = 3;

/** One article's rows; typed arrays only, so that a snapshot stores them as they are. */
export interface SentenceRows {
  paragraphs: Int32Array;
  codes: Uint32Array;
}

export function rowsOf(article: Article): SentenceRows {
  const n = article.sentences.length;
  const rows: SentenceRows = { paragraphs: new Int32Array(n), codes: new Uint32Array(n) };
  const surnames = surnamesIn(article.sentences.map((s) => s.text).join(' '));
  article.sentences.forEach((s, i) => {
    rows.paragraphs[i] = s.paragraph;
    const quotesSomeone = s.sources.some((x) => x.kind !== 'document');
    const features = featureBits({ text: s.text, quotesSomeone, surnames });
    rows.codes[i] = Math.max(0, STANCES.indexOf(s.stance)) | (features << FEATURE_SHIFT);
  });
  return rows;
}

export class SentenceTable {
  private readonly rows: Map<string, SentenceRows>;

  constructor(entries: Iterable<[string, SentenceRows]> = []) {
    this.rows = new Map(entries);
  }

  set(articleId: string, rows: SentenceRows): void {
    this.rows.set(articleId, rows);
  }

  delete(articleId: string): boolean {
    return this.rows.delete(articleId);
  }

  article(articleId: string): SentenceRows | undefined {
    return this.rows.get(articleId);
  }

  /** The articles' ids, in the order they were added. */
  ids(): string[] {
    return [...this.rows.keys()];
  }

  get(articleId: string, sentence: number): RankedSentence | undefined {
    const rows = this.rows.get(articleId);
    return rows && SentenceTable.sentence(rows, sentence);
  }

  /** A sentence of an article's rows (which `article` gave). */
  static sentence(rows: SentenceRows, sentence: number): RankedSentence | undefined {
    if (sentence < 0 || sentence >= rows.codes.length) return undefined;
    const code = rows.codes[sentence] as number;
    return {
      paragraph: rows.paragraphs[sentence] as number,
      stance: STANCES[code & 7] ?? 'narration',
      features: code >> FEATURE_SHIFT,
    };
  }

  entries(): IterableIterator<[string, SentenceRows]> {
    return this.rows.entries();
  }
}
