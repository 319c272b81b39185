import { answerQuestion } from '../answer/answer.ts';
import { type LoadOptions, loadArticles } from '../article/load.ts';
import type { Article, LoadWarning } from '../article/types.ts';
import { ClaimIndex } from '../claims/index.ts';
import type { ArticleSummary, Library, SentenceContext } from './library.ts';

const summary = (a: Article): ArticleSummary => {
  const s: ArticleSummary = { id: a.id, file: a.file, title: a.title, sentences: a.sentences.length };
  for (const key of ['url', 'publisher', 'date'] as const) if (a[key]) s[key] = a[key];
  return s;
};

/** A library over articles held in memory. */
export function createLibrary(articles: readonly Article[], warnings: readonly LoadWarning[] = []): Library {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const claims = new ClaimIndex(() => articles);
  return {
    articles: () => articles.map(summary),
    article: (id) => byId.get(id),
    warnings: () => [...warnings],
    ask(question, options = {}) {
      const answer = answerQuestion(question, articles, options);
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
  };
}

/** Loads a folder of articles into a library. Throws ArticlesFolderError when the folder is unusable. */
export function openLibrary(dir: string, options: LoadOptions = {}): Library {
  const { articles, warnings } = loadArticles(dir, options);
  return createLibrary(articles, warnings);
}
