/**
 * The claims layer as the library uses it: claims on a topic grouped by source, every cited source,
 * the disputes of each article, the other side of a disputed passage, and autocomplete. What
 * depends on one article only (its claims, their comparison data, its disputes) is computed once and
 * cached per Article object, so replacing an article invalidates exactly its own entry.
 */
import Fuse from 'fuse.js';
import type { CounterClaim, PassageRef } from '../answer/types.ts';
import type { Article, Stance } from '../article/types.ts';
import { FuzzyVocabulary } from '../search/fuzzy.ts';
import { type Lexicon, wordnetLexicon } from '../search/wordnet/lexicon.ts';
import { disputedPairs, groupDisputes } from './disputes.ts';
import { type SourceCluster, SourceDirectory } from './names.ts';
import { type ClaimRecord, locate, recordsOf } from './records.ts';
import { type ArticleStems, articleStems, topicScore, topicTerms } from './topic.ts';
import type { ClaimGroup, ClaimsResult, Dispute, SourceSummary } from './types.ts';
import { isContent, tokenize } from './words.ts';

export const ARTICLE_LABEL = 'the article';
/** Claims shown per source: enough to read, few enough for a Discord embed field. */
const CLAIMS_PER_GROUP = 20;

interface ArticleClaims {
  records: ClaimRecord[];
  /** Built on the first topic asked of this article: disputes do not need them. */
  stems?: ArticleStems | undefined;
  disputes: { dispute: Dispute; records: ClaimRecord[] }[];
}

export interface ClaimsOptions {
  source?: string;
  articleId?: string;
}

export class ClaimIndex {
  private readonly directory = new SourceDirectory();
  private readonly cache = new WeakMap<Article, ArticleClaims>();
  private vocabulary: Map<string, string> | undefined;
  private knownTerms: Set<string> | undefined;
  /** Which articles use a term (headline included): a topic reads only those. */
  private termArticles: Map<string, Set<Article>> | undefined;
  private sourceList: SourceSummary[] | undefined;
  /** Display form of each topic word and how many sentences use it, for autocomplete. */
  private terms: Map<string, { display: string; count: number }> | undefined;
  /** Autocomplete's fuzzy match over the topic words. */
  private fuse: Fuse<string> | undefined;
  /** Spelling fixes for topic words, as answering makes them. */
  private readonly fuzzy = new FuzzyVocabulary(() => this.vocab().keys());
  private readonly lexicon: Lexicon;

  private readonly current: () => readonly Article[];
  /** The article list the vocabulary was built from: a new list (an update) rebuilds it. */
  private seen: readonly Article[] | undefined;

  /** `articles` may be a function, for a library whose article list is replaced on updates. */
  constructor(
    articles: readonly Article[] | (() => readonly Article[]),
    options: { lexicon?: Lexicon } = {},
  ) {
    this.lexicon = options.lexicon ?? wordnetLexicon();
    this.current = typeof articles === 'function' ? articles : () => articles;
    // Sources first, across every article, so merged names do not depend on which article is read first.
    for (const a of this.current())
      for (const s of a.sentences) for (const c of s.claims) if (c.source) this.directory.add(c.source);
  }

  private get articles(): readonly Article[] {
    const list = this.current();
    if (list !== this.seen) {
      this.seen = list;
      this.vocabulary = undefined;
      this.knownTerms = undefined;
      this.termArticles = undefined;
      this.sourceList = undefined;
      this.terms = undefined;
      this.fuse = undefined;
      this.fuzzy.invalidate();
    }
    return list;
  }

  private of(article: Article): ArticleClaims {
    let entry = this.cache.get(article);
    if (!entry) {
      const records = recordsOf(article, this.directory);
      entry = { records, disputes: groupDisputes(disputedPairs(records)) };
      this.cache.set(article, entry);
    }
    return entry;
  }

  private scoped(articleId?: string): readonly Article[] {
    return articleId ? this.articles.filter((a) => a.id === articleId) : this.articles;
  }

  private vocab(): Map<string, string> {
    const articles = this.articles;
    if (!this.vocabulary) {
      this.vocabulary = new Map();
      this.terms = new Map();
      this.termArticles = new Map();
      const note = (term: string, a: Article) => {
        const list = this.termArticles?.get(term);
        if (!list) this.termArticles?.set(term, new Set([a]));
        else list.add(a);
      };
      for (const a of articles) {
        for (const t of tokenize(a.title)) if (isContent(t)) note(t.stem, a);
        for (const s of a.sentences)
          for (const t of new Map(
            tokenize(s.text)
              .filter(isContent)
              .map((t) => [t.word, t]),
          ).values()) {
            this.vocabulary.set(t.word, t.stem);
            const written = s.text.slice(t.start, t.end);
            const entry = this.terms.get(t.word) ?? { display: written, count: 0 };
            entry.count++;
            // A capitalised form inside a sentence is a name: show it that way.
            if (/^\p{Lu}/u.test(written) && t.start > 0) entry.display = written;
            this.terms.set(t.word, entry);
            note(t.stem, a);
          }
      }
    }
    return this.vocabulary;
  }

  claims(topic: string, options: ClaimsOptions = {}): ClaimsResult {
    let wanted: Set<SourceCluster | null> | undefined;
    if (options.source) {
      const q = options.source.trim().toLowerCase();
      const found = this.directory.find(options.source);
      wanted = new Set(found);
      if (q === ARTICLE_LABEL || q === 'article') wanted.add(null);
      if (!wanted.size)
        return {
          topic,
          groups: [],
          reason: `No source resembling “${options.source}” is cited in the articles.`,
        };
    }
    const vocabulary = this.vocab();
    this.knownTerms ??= new Set(vocabulary.values());
    const known = this.knownTerms;
    const terms = topicTerms(topic, (t) => known.has(t), this.fuzzy, this.lexicon);
    if (!terms.length) return { topic, groups: [], reason: `“${topic}” has no word to look for.` };
    const groups = new Map<SourceCluster | null, { claims: ReturnType<typeof locate>[]; weight: number }>();
    // Only articles that use a topic word at all can have a claim about it.
    const using = new Set<Article>();
    for (const alternatives of terms)
      for (const a of alternatives)
        for (const article of this.termArticles?.get(a.term) ?? []) using.add(article);
    for (const article of this.scoped(options.articleId)) {
      if (!using.has(article)) continue;
      const entry = this.of(article);
      if (!('stems' in entry)) entry.stems = articleStems(entry.records);
      const { records, stems } = entry;
      if (!stems) continue;
      for (const r of records) {
        if (!r.stems.size) continue;
        if (wanted && !wanted.has(r.cluster)) continue;
        const score = topicScore(r, terms, stems);
        if (score <= 0) continue;
        const group = groups.get(r.cluster) ?? { claims: [], weight: 0 };
        group.claims.push(locate(r, score));
        group.weight += score;
        groups.set(r.cluster, group);
      }
    }
    const result: ClaimGroup[] = [...groups.entries()]
      .map(([cluster, g]) => {
        const claims = [...g.claims].sort((x, y) => y.score - x.score || x.ref.sentence - y.ref.sentence);
        // Relevance of a source: its best claims, not merely how much it talks.
        const top = claims.slice(0, 3).reduce((s, c) => s + c.score, 0);
        const stances: Partial<Record<Stance, number>> = {};
        for (const c of claims) stances[c.stance] = (stances[c.stance] ?? 0) + 1;
        const group: ClaimGroup = {
          source: cluster
            ? { name: cluster.name, mention: cluster.name, ...(cluster.kind ? { kind: cluster.kind } : {}) }
            : null,
          label: cluster?.name ?? ARTICLE_LABEL,
          stances,
          claims: claims.slice(0, CLAIMS_PER_GROUP),
        };
        return { group, top };
      })
      .sort((x, y) => y.top - x.top || x.group.label.localeCompare(y.group.label))
      .map((x) => x.group);
    if (!result.length)
      return {
        topic,
        groups: [],
        reason: options.source
          ? `${[...(wanted ?? [])].map((c) => c?.name ?? ARTICLE_LABEL).join(', ')} make${wanted?.size === 1 ? 's' : ''} no claim about “${topic}”.`
          : `The articles make no claims about “${topic}”.`,
      };
    return { topic, groups: result };
  }

  sources(options: { articleId?: string } = {}): SourceSummary[] {
    if (!options.articleId) {
      if (this.articles && !this.sourceList) this.sourceList = this.summarise({});
      return this.sourceList ?? [];
    }
    return this.summarise(options);
  }

  private summarise(options: { articleId?: string }): SourceSummary[] {
    const summaries = new Map<SourceCluster, SourceSummary & { mentions: Set<string> }>();
    for (const article of this.scoped(options.articleId)) {
      for (const r of this.of(article).records) {
        if (!r.cluster || !r.claim.source) continue;
        let s = summaries.get(r.cluster);
        if (!s) {
          s = {
            name: r.cluster.name,
            variants: [],
            claims: 0,
            stances: {},
            articles: [],
            mentions: new Set(),
          };
          if (r.cluster.kind) s.kind = r.cluster.kind;
          summaries.set(r.cluster, s);
        }
        s.claims++;
        s.stances[r.claim.stance] = (s.stances[r.claim.stance] ?? 0) + 1;
        if (!s.articles.includes(article.id)) s.articles.push(article.id);
        s.mentions.add(r.claim.source.name);
        s.mentions.add(r.claim.source.mention);
      }
    }
    return [...summaries.values()]
      .map(({ mentions, ...s }) => {
        // One variant per spelling: "The coast guard" opening a sentence is "the coast guard".
        const seen = new Set([s.name.toLowerCase()]);
        const variants = [s.name];
        for (const m of mentions)
          if (!seen.has(m.toLowerCase())) {
            seen.add(m.toLowerCase());
            variants.push(m);
          }
        return { ...s, variants };
      })
      .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  }

  disputes(options: { articleId?: string } = {}): Dispute[] {
    return this.scoped(options.articleId).flatMap((a) => this.of(a).disputes.map((d) => d.dispute));
  }

  /** The other sides of every dispute the referenced sentence takes part in. */
  /** Sentences of an article that are one side of a dispute, with the other sides. */
  counterClaimsOf(articleId: string): Map<number, CounterClaim[]> {
    const out = new Map<number, CounterClaim[]>();
    const article = this.articles.find((a) => a.id === articleId);
    if (!article) return out;
    const sentences = new Set(
      this.of(article).disputes.flatMap(({ records }) => records.map((r) => r.sentence.id)),
    );
    for (const sentence of sentences) {
      const others = this.counterClaims({ articleId, sentence });
      if (others.length) out.set(sentence, others);
    }
    return out;
  }

  counterClaims(ref: PassageRef): CounterClaim[] {
    const article = this.articles.find((a) => a.id === ref.articleId);
    if (!article) return [];
    const out: CounterClaim[] = [];
    for (const { dispute, records } of this.of(article).disputes) {
      const mine = records.filter((r) => r.sentence.id === ref.sentence);
      if (!mine.length) continue;
      // When the sentence holds every side ("While Zelenskyy declared 74 …, the governor reported
      // 28"), the reader sees the first; the others are still named as the other side.
      const own = mine.length === records.length ? mine.slice(0, 1) : mine;
      for (const [i, r] of records.entries()) {
        if (own.includes(r)) continue;
        const side = dispute.sides[i];
        if (!side) continue;
        out.push({
          text: side.text,
          sources: side.sources,
          stance: side.stance,
          attribution: side.attribution,
          ref: side.ref,
          about: dispute.about,
        });
      }
    }
    return out;
  }

  suggestTopics(prefix: string, limit = 25): string[] {
    this.vocab();
    const terms = [...(this.terms ?? new Map<string, { display: string; count: number }>()).entries()];
    const p = prefix.trim().toLowerCase();
    const rank = (list: typeof terms) =>
      list.sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).map(([, t]) => t.display);
    if (!p) return rank(terms.filter(([w]) => w.length > 3)).slice(0, limit);
    const starts = rank(terms.filter(([w]) => w.startsWith(p)));
    if (starts.length >= limit) return starts.slice(0, limit);
    this.fuse ??= new Fuse([...this.vocab().keys()], {
      threshold: 0.3,
      ignoreLocation: true,
      minMatchCharLength: 3,
    });
    const near = this.fuse.search(p, { limit }).map((r) => this.terms?.get(r.item)?.display ?? r.item);
    return [...new Set([...starts, ...near])].slice(0, limit);
  }

  suggestSources(prefix: string, limit = 25): string[] {
    const counts = new Map(this.sources().map((s) => [s.name, s.claims]));
    const names = prefix.trim() ? this.directory.find(prefix, limit).map((c) => c.name) : [...counts.keys()];
    // Sources of removed articles stay in the directory but are cited by nobody now.
    return [...new Set(names)]
      .filter((n) => counts.has(n))
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
      .slice(0, limit);
  }
}
