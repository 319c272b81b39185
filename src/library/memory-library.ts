import { AnswerEngine } from '../answer/engine.ts';
import {
  articleId,
  isArticleFile,
  type LoadOptions,
  loadArticleFile,
  loadArticles,
} from '../article/load.ts';
import type { Article, LoadWarning } from '../article/types.ts';
import { ClaimIndex } from '../claims/index.ts';
import { openArticleCache } from './cache.ts';
import type { ArticleSummary, FileUpdate, Library, SentenceContext } from './library.ts';

const summary = (a: Article): ArticleSummary => {
  const s: ArticleSummary = { id: a.id, file: a.file, title: a.title, sentences: a.sentences.length };
  for (const key of ['url', 'publisher', 'date'] as const) if (a[key]) s[key] = a[key];
  return s;
};

/** The folder a library was loaded from, so that single files can be reloaded (live updates). */
export interface LibraryFolder {
  dir: string;
  load?: LoadOptions;
}

/** A library over articles held in memory; with `folder`, files can be reloaded while it serves. */
export function createLibrary(
  initial: readonly Article[],
  initialWarnings: readonly LoadWarning[] = [],
  folder?: LibraryFolder,
): Library {
  // Replaced, never changed in place: an update is one assignment, so no question sees half of it.
  let articles: readonly Article[] = initial;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const claims = new ClaimIndex(() => articles);
  const idOfFile = new Map(articles.map((a) => [a.file, a.id]));
  const warned = new Map(initialWarnings.map((w) => [w.file, w]));

  // Built on the first question, then kept in step by put/drop rather than rebuilt per update.
  let engine: AnswerEngine | undefined;
  const answers = () => {
    engine ??= new AnswerEngine(articles);
    return engine;
  };

  // The one place an article enters or leaves the library; search structures follow here.
  const put = (article: Article) => {
    engine?.add(article);
    const i = articles.findIndex((a) => a.id === article.id);
    articles =
      i >= 0 ? articles.with(i, article) : [...articles, article].sort((a, b) => (a.file < b.file ? -1 : 1));
    byId.set(article.id, article);
    idOfFile.set(article.file, article.id);
  };
  const drop = (id: string) => {
    engine?.remove(id);
    articles = articles.filter((a) => a.id !== id);
    byId.delete(id);
  };
  // A new file's id is its name's, made unique as at load ("a.txt", "a.md" → "a", "a-2").
  const freshId = (file: string) => {
    const used = new Set(idOfFile.values());
    const base = articleId(file);
    let id = base;
    for (let n = 2; used.has(id) || byId.has(id); n++) id = `${base}-${n}`;
    return id;
  };

  return {
    articles: () => articles.map(summary),
    article: (id) => byId.get(id),
    warnings: () => [...warned.values()],
    ask(question, options = {}) {
      const answer = answers().ask(question, options);
      // A passage that is one side of a dispute shows the other side with its source.
      for (const p of [...answer.passages, ...answer.related]) {
        const others = claims.counterClaims(p.ref);
        if (others.length) p.disputedBy = others;
      }
      return answer;
    },
    context(ref, radius = 2): SentenceContext | undefined {
      const article = byId.get(ref.articleId);
      const focus = article?.sentences[ref.sentence];
      if (!article || !focus) return undefined;
      const from = Math.max(0, ref.sentence - radius);
      const sentences = article.sentences.slice(from, ref.sentence + radius + 1);
      return { article: summary(article), sentences, focus: ref.sentence - from };
    },
    claims: (topic, options) => claims.claims(topic, options),
    sources: (options) => claims.sources(options),
    disputes: (options) => claims.disputes(options),
    suggestTopics: (prefix, limit) => claims.suggestTopics(prefix, limit),
    suggestSources: (prefix, limit) => claims.suggestSources(prefix, limit),
    reloadFile(file): FileUpdate {
      const skip = (reason: string): FileUpdate => ({ status: 'skipped', warning: { file, reason } });
      // Only a bare article file name: never a path that could reach outside the folder.
      if (!folder) return skip('this library was not loaded from a folder');
      if (!isArticleFile(file) || /[/\\]/.test(file))
        return skip('it is not an article file name (.txt or .md)');
      const known = idOfFile.get(file);
      const result = loadArticleFile(folder.dir, file, known ?? freshId(file), folder.load);
      if (result.ok) {
        warned.delete(file);
        put(result.article);
        return { status: known ? 'updated' : 'added', article: summary(result.article) };
      }
      const previous = known ? byId.get(known) : undefined;
      if (!previous) {
        warned.set(file, result.warning);
        return { status: 'skipped', warning: result.warning };
      }
      const warning = { file, reason: `${result.warning.reason}; the last good version is kept` };
      warned.set(file, warning);
      return { status: 'kept', article: summary(previous), warning };
    },
    removeFile(file) {
      warned.delete(file);
      const id = idOfFile.get(file);
      if (id === undefined) return false;
      idOfFile.delete(file);
      drop(id);
      return true;
    },
  };
}

export interface OpenOptions extends LoadOptions {
  /** Built articles cached in this file by content hash (see cache.ts); none when absent. */
  cacheFile?: string;
}

/** Loads a folder of articles into a library. Throws ArticlesFolderError when the folder is unusable. */
export function openLibrary(dir: string, options: OpenOptions = {}): Library {
  const { cacheFile, ...load } = options;
  const cache = cacheFile ? openArticleCache(cacheFile) : undefined;
  const { articles, warnings } = loadArticles(dir, cache ? { ...load, store: cache } : load);
  cache?.save();
  return createLibrary(articles, warnings, { dir, load });
}
