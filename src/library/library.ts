import type { Answer, PassageRef } from '../answer/types.ts';
import type { Article, ArticleMeta, LoadWarning, Sentence } from '../article/types.ts';
import type { ClaimsResult, Dispute, SourceSummary } from '../claims/types.ts';

export interface AskOptions {
  /** Only this article (the channel's chosen one). */
  articleId?: string;
  /** How many passages at most (default 3). */
  limit?: number;
}

export interface ArticleSummary
  extends Pick<ArticleMeta, 'id' | 'file' | 'title' | 'publisher' | 'date' | 'url'> {
  sentences: number;
}

export interface SentenceContext {
  article: ArticleSummary;
  /** The sentences around the reference, in order. */
  sentences: Sentence[];
  /** Index of the referenced sentence within `sentences`. */
  focus: number;
}

/**
 * Everything a front end may ask of the core. Front ends (command line, chat, Discord) render what
 * this returns and never search or attribute themselves.
 */
export interface Library {
  articles(): ArticleSummary[];
  article(id: string): Article | undefined;
  /** Files that could not be loaded, and why. */
  warnings(): LoadWarning[];
  ask(question: string, options?: AskOptions): Answer;
  context(ref: PassageRef, radius?: number): SentenceContext | undefined;
  claims(topic: string, options?: { source?: string; articleId?: string }): ClaimsResult;
  sources(options?: { articleId?: string }): SourceSummary[];
  disputes(options?: { articleId?: string }): Dispute[];
  /** Autocomplete: the articles' key terms that start with or resemble `prefix`. */
  suggestTopics(prefix: string, limit?: number): string[];
  /** Autocomplete: canonical names of cited sources resembling `prefix`. */
  suggestSources(prefix: string, limit?: number): string[];

  // Live updates: each call swaps one article in or out at once, so questions never fail midway.
  /** (Re)reads one file of the articles folder (a bare file name) and swaps its article in. */
  reloadFile(file: string): FileUpdate;
  /** Drops the article of a file that is gone; false when the library had none for it. */
  removeFile(file: string): boolean;
}

/**
 * What a live reload did. A file that no longer loads after an edit keeps its last good version
 * ("kept", with a warning): editors and uploads often write a file in steps, and an article must
 * not vanish from channels that chose it because it was read half-written.
 */
export type FileUpdate =
  | { status: 'added' | 'updated'; article: ArticleSummary }
  | { status: 'kept'; article: ArticleSummary; warning: LoadWarning }
  | { status: 'skipped'; warning: LoadWarning };
