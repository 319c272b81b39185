/**
 * A test double of the core for front-end tests whose point is the rendering, not the answer:
 * over the real fixture articles, every sentence sharing a word of four letters or more with the
 * question is a passage, and claims, sources and disputes are never empty. The number of passages
 * is thus predictable whatever the real core's ranking does.
 */
import type { Passage } from '../../src/answer/types.ts';
import type { Article, Sentence } from '../../src/article/types.ts';
import type { ClaimGroup, Dispute, LocatedClaim, SourceSummary } from '../../src/claims/types.ts';
import type { Library } from '../../src/library/library.ts';

const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

function passage(a: Article, s: Sentence, score: number): Passage {
  const who = s.sources[0]?.name;
  return {
    text: s.text,
    ref: { articleId: a.id, sentence: s.id },
    article: { id: a.id, title: a.title, ...(a.url ? { url: a.url } : {}) },
    paragraph: s.paragraph + 1,
    position: s.index + 1,
    sources: s.sources,
    stance: s.stance,
    attribution: who ? `${who} (${s.stance})` : 'the article says',
    score,
  };
}

export function stubLibrary(base: Library): Library {
  const scoped = (articleId?: string) =>
    base
      .articles()
      .filter((a) => !articleId || a.id === articleId)
      .map((a) => base.article(a.id))
      .filter((a): a is Article => !!a);
  const matching = (text: string, articleId?: string) => {
    const q = words(text);
    return scoped(articleId).flatMap((a) =>
      a.sentences.filter((s) => [...words(s.text)].some((w) => q.has(w))).map((s) => ({ a, s })),
    );
  };
  const claimOf = (a: Article, s: Sentence): LocatedClaim => ({
    source: s.sources[0] ?? null,
    cue: null,
    stance: s.stance,
    text: s.text,
    span: [0, s.text.length],
    ref: { articleId: a.id, sentence: s.id },
    articleTitle: a.title,
    sentence: s.text,
    attribution: s.sources[0]?.name ?? 'the article',
    score: 1,
  });
  return {
    ...base,
    ask(question, options = {}) {
      const found = matching(question, options.articleId).map(({ a, s }, i) => passage(a, s, 1 / (i + 1)));
      const limit = options.limit ?? 3;
      return found.length
        ? { question, answered: true, passages: found.slice(0, limit), related: [] }
        : {
            question,
            answered: false,
            passages: [],
            related: [],
            reason: 'The articles never mention that.',
          };
    },
    claims(topic, options = {}) {
      const groups = new Map<string, ClaimGroup>();
      for (const { a, s } of matching(topic, options.articleId)) {
        const label = s.sources[0]?.name ?? 'the article';
        if (options.source && !label.toLowerCase().includes(options.source.toLowerCase())) continue;
        const group = groups.get(label) ?? { source: s.sources[0] ?? null, label, stances: {}, claims: [] };
        group.claims.push(claimOf(a, s));
        group.stances[s.stance] = (group.stances[s.stance] ?? 0) + 1;
        groups.set(label, group);
      }
      return groups.size
        ? { topic, groups: [...groups.values()] }
        : { topic, groups: [], reason: 'nobody claims anything about it' };
    },
    sources(options = {}) {
      const byName = new Map<string, SourceSummary>();
      for (const a of scoped(options.articleId))
        for (const s of a.sentences)
          for (const src of s.sources) {
            const sum = byName.get(src.name) ?? {
              name: src.name,
              variants: [],
              claims: 0,
              stances: {},
              articles: [],
            };
            sum.claims++;
            sum.stances[s.stance] = (sum.stances[s.stance] ?? 0) + 1;
            if (!sum.variants.includes(src.mention)) sum.variants.push(src.mention);
            if (!sum.articles.includes(a.id)) sum.articles.push(a.id);
            byName.set(src.name, sum);
          }
      return [...byName.values()];
    },
    disputes(options = {}) {
      return scoped(options.articleId).flatMap((a): Dispute[] => {
        const [one, two] = a.sentences.filter((s) => s.sources.length);
        if (!one || !two) return [];
        const side = (s: Sentence) => ({
          text: s.text,
          sentence: s.text,
          ref: { articleId: a.id, sentence: s.id },
          sources: s.sources,
          stance: s.stance,
          attribution: s.sources[0]?.name ?? 'the article',
        });
        return [{ about: 'what happened', kind: 'opposite', sides: [side(one), side(two)], articleId: a.id }];
      });
    },
    suggestTopics(prefix, limit = 25) {
      const all = new Set(scoped().flatMap((a) => [...words(a.title)]));
      return [...all].filter((w) => w.startsWith(prefix.toLowerCase())).slice(0, limit);
    },
    suggestSources(prefix, limit = 25) {
      return this.sources()
        .map((s) => s.name)
        .filter((n) => n.toLowerCase().includes(prefix.toLowerCase()))
        .slice(0, limit);
    },
  };
}
