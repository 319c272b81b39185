/**
 * What ranking reads of every indexed sentence, kept compactly: its text, paragraph, stance and
 * whether it quotes someone. A large library keeps this instead of every article's object graph
 * (sources, claims, spans): whole articles are fetched only for the few passages an answer shows.
 */
import type { Article, Stance } from '../article/types.ts';
import type { SentenceFeatures } from './features.ts';

export interface RankedSentence extends SentenceFeatures {
  paragraph: number;
  stance: Stance;
}

const STANCES: readonly Stance[] = ['direct', 'reported', 'hedged', 'speculation', 'narration'];
const QUOTES = 8;

/** One article's rows; plain data, so that a snapshot can store it as it is. */
export interface SentenceRows {
  title: string;
  texts: string[];
  paragraphs: Int32Array;
  /** Stance index (low three bits), QUOTES when it quotes a person or organisation. */
  codes: Uint8Array;
}

export function rowsOf(article: Article): SentenceRows {
  const n = article.sentences.length;
  const rows: SentenceRows = {
    title: article.title,
    texts: new Array<string>(n),
    paragraphs: new Int32Array(n),
    codes: new Uint8Array(n),
  };
  article.sentences.forEach((s, i) => {
    rows.texts[i] = s.text;
    rows.paragraphs[i] = s.paragraph;
    const quotes = s.sources.some((x) => x.kind !== 'document');
    rows.codes[i] = Math.max(0, STANCES.indexOf(s.stance)) | (quotes ? QUOTES : 0);
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

  get(articleId: string, sentence: number): RankedSentence | undefined {
    const rows = this.rows.get(articleId);
    const text = rows?.texts[sentence];
    if (!rows || text === undefined) return undefined;
    const code = rows.codes[sentence] as number;
    return {
      text,
      paragraph: rows.paragraphs[sentence] as number,
      stance: STANCES[code & 7] ?? 'narration',
      quotesSomeone: (code & QUOTES) !== 0,
    };
  }

  entries(): IterableIterator<[string, SentenceRows]> {
    return this.rows.entries();
  }
}
