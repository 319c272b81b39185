/**
 * The claims layer as the library uses it: claims on a topic grouped by source, every cited source,
 * the disputes of each article, the other side of a disputed passage, and autocomplete. What
 * depends on one article only (its claims, their comparison data, its disputes) is computed once and
 * cached per Article object. The library-wide lists (sources, topic words) are merged from each
 * article's outline, and a topic reads only the articles most about it, so a library that keeps
 * its articles on disk (ClaimShelf) answers without reading them all.
 */
import type { WordLookup } from '../answer/engine.ts';
import type { CounterClaim, PassageRef } from '../answer/types.ts';
import type { Article, Stance } from '../article/types.ts';
import { FuzzyVocabulary } from '../search/fuzzy.ts';
import { type Lexicon, wordnetLexicon } from '../search/wordnet/lexicon.ts';
import { articlesAbout } from './about.ts';
import { type CitedArticle, SourceCatalogue, TopicVocabulary } from './catalogue.ts';
import { disputedPairs, groupDisputes } from './disputes.ts';
import type { SourceCluster } from './names.ts';
import { type CitedSources, citedOf, type TopicWord, topicWordsOf } from './outline.ts';
import { type ClaimRecord, locate, recordsOf } from './records.ts';
import { type ArticleStems, articleStems, topicScore, topicTerms } from './topic.ts';
import type { ClaimGroup, ClaimsResult, Dispute, SourceSummary } from './types.ts';
import { contentStems, stem } from './words.ts';

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

/** Where a ClaimIndex reads its articles: a list in memory, or a library that keeps them on disk. */
export interface ClaimShelf {
  /** Article ids in library order: a new array after every change. */
  ids(): readonly string[];
  article(id: string): Article | undefined;
  /** How many sentences the article has (how much of it is about a topic). */
  length(id: string): number;
  cited(id: string): CitedSources | undefined;
  topicWords(id: string): readonly TopicWord[] | undefined;
  /** The outlines of many articles at once, in their order, when the shelf reads them faster so. */
  allCited?(ids: readonly string[]): Iterable<[string, CitedSources | undefined]>;
  allTopicWords?(ids: readonly string[]): Iterable<[string, readonly TopicWord[] | undefined]>;
  /** Known terms, spelling fixes and the articles using a term, e.g. from the answer engine's index. */
  words(): WordLookup;
}

/** A list of articles in memory as a shelf; its words are worked out from the articles. */
class ListShelf implements ClaimShelf {
  private readonly outlines = new WeakMap<Article, { cited: CitedSources; words?: TopicWord[] }>();
  private seen: readonly Article[] | undefined;
  private list: string[] = [];
  private byId = new Map<string, Article>();
  private lookup: WordLookup | undefined;

  constructor(private readonly current: () => readonly Article[]) {}

  ids(): readonly string[] {
    const articles = this.current();
    if (articles !== this.seen) {
      this.seen = articles;
      this.list = articles.map((a) => a.id);
      this.byId = new Map(articles.map((a) => [a.id, a]));
      this.lookup = undefined;
    }
    return this.list;
  }

  article(id: string): Article | undefined {
    this.ids();
    return this.byId.get(id);
  }

  length(id: string): number {
    return this.article(id)?.sentences.length ?? 0;
  }

  cited(id: string): CitedSources | undefined {
    const a = this.article(id);
    if (!a) return undefined;
    return this.outline(a).cited;
  }

  topicWords(id: string): readonly TopicWord[] | undefined {
    const a = this.article(id);
    if (!a) return undefined;
    const outline = this.outline(a);
    outline.words ??= topicWordsOf(a);
    return outline.words;
  }

  /** An article's outline, worked out on first use and kept as long as the article. */
  private outline(a: Article): { cited: CitedSources; words?: TopicWord[] } {
    let outline = this.outlines.get(a);
    if (!outline) {
      outline = { cited: citedOf(a) };
      this.outlines.set(a, outline);
    }
    return outline;
  }

  words(): WordLookup {
    const ids = this.ids();
    if (!this.lookup) {
      // A term's articles: those whose headline or sentences use it, with how many sentences do.
      const using = new Map<string, Map<string, number>>();
      const note = (term: string, id: string, n: number) => {
        const articles = using.get(term) ?? new Map<string, number>();
        articles.set(id, (articles.get(id) ?? 0) + n);
        using.set(term, articles);
      };
      const vocabulary = new Map<string, string>();
      for (const id of ids) {
        for (const t of contentStems(this.byId.get(id)?.title ?? '')) note(t, id, 1);
        for (const [word, count] of this.topicWords(id) ?? []) {
          const term = vocabulary.get(word) ?? stem(word);
          vocabulary.set(word, term);
          note(term, id, count);
        }
      }
      const known = new Set(vocabulary.values());
      const fuzzy = new FuzzyVocabulary(() => vocabulary.keys());
      this.lookup = {
        known: (term) => known.has(term),
        correct: (word) => fuzzy.correct(word),
        articlesUsing: (term) => using.get(term) ?? new Map(),
      };
    }
    return this.lookup;
  }
}

/** What is worked out once per version of the library (the shelf's id list). */
interface Merged {
  ids: readonly string[];
  order: Map<string, number>;
  /** Claims of each article read, against this version's merged sources. */
  claims: WeakMap<Article, ArticleClaims>;
  catalogue?: SourceCatalogue;
  vocabulary?: TopicVocabulary;
}

const isShelf = (x: unknown): x is ClaimShelf => typeof (x as ClaimShelf).ids === 'function';

export class ClaimIndex {
  private readonly shelf: ClaimShelf;
  private readonly lexicon: Lexicon;
  private merged: Merged | undefined;

  /** `articles` may be a function, for a library whose article list is replaced on updates. */
  constructor(
    articles: readonly Article[] | (() => readonly Article[]) | ClaimShelf,
    options: { lexicon?: Lexicon } = {},
  ) {
    this.lexicon = options.lexicon ?? wordnetLexicon();
    this.shelf = isShelf(articles)
      ? articles
      : new ListShelf(typeof articles === 'function' ? articles : () => articles);
  }

  /** Spelling fixes of a typed word, for lists too long to search fuzzily. */
  private readonly correct = (word: string): string[] =>
    this.shelf
      .words()
      .correct(word)
      .map((c) => c.word);

  private get now(): Merged {
    const ids = this.shelf.ids();
    if (this.merged?.ids !== ids)
      this.merged = { ids, order: new Map(ids.map((id, i) => [id, i])), claims: new WeakMap() };
    return this.merged;
  }

  private catalogue(): SourceCatalogue {
    const now = this.now;
    const shelf = this.shelf;
    function* read(): Generator<CitedArticle> {
      const all =
        shelf.allCited?.(now.ids) ??
        now.ids.map((id): [string, CitedSources | undefined] => [id, shelf.cited(id)]);
      for (const [id, cited] of all) if (cited) yield { id, cited };
    }
    now.catalogue ??= new SourceCatalogue(read);
    return now.catalogue;
  }

  private vocabulary(): TopicVocabulary {
    const now = this.now;
    const shelf = this.shelf;
    // One article's words at a time: 10,000 articles' lists at once would weigh on memory.
    function* words() {
      if (shelf.allTopicWords) for (const [, words] of shelf.allTopicWords(now.ids)) yield words ?? [];
      else for (const id of now.ids) yield shelf.topicWords(id) ?? [];
    }
    now.vocabulary ??= new TopicVocabulary(words(), this.correct);
    return now.vocabulary;
  }

  private of(article: Article): ArticleClaims {
    const { claims } = this.now;
    let entry = claims.get(article);
    if (!entry) {
      const records = recordsOf(article, this.catalogue().directory);
      entry = { records, disputes: groupDisputes(disputedPairs(records)) };
      claims.set(article, entry);
    }
    return entry;
  }

  /** The articles in library order, or only `articleId`'s. Whole articles: for one, or a few. */
  private scoped(articleId?: string): Article[] {
    const ids = articleId ? [articleId].filter((id) => this.now.order.has(id)) : this.now.ids;
    return ids.flatMap((id) => this.shelf.article(id) ?? []);
  }

  claims(topic: string, options: ClaimsOptions = {}): ClaimsResult {
    const catalogue = this.catalogue();
    let wanted: Set<SourceCluster | null> | undefined;
    if (options.source) {
      const q = options.source.trim().toLowerCase();
      const found = catalogue.directory.find(options.source, 10, this.correct);
      wanted = new Set(found);
      if (q === ARTICLE_LABEL || q === 'article') wanted.add(null);
      if (!wanted.size)
        return {
          topic,
          groups: [],
          reason: `No source resembling “${options.source}” is cited in the articles.`,
        };
    }
    const words = this.shelf.words();
    const terms = topicTerms(topic, (t) => words.known(t), words, this.lexicon);
    if (!terms.length) return { topic, groups: [], reason: `“${topic}” has no word to look for.` };
    // Only articles that use a topic word at all can have a claim about it; of those citing the
    // wanted sources when some are asked for; of very many, those most about the topic.
    const { order } = this.now;
    const citing =
      wanted && !wanted.has(null) ? catalogue.articlesCiting([...wanted].flatMap((c) => c ?? [])) : undefined;
    const only = options.articleId;
    const chosen = articlesAbout(terms, (t) => words.articlesUsing(t), {
      within: (id) => order.has(id) && (!only || id === only) && (!citing || citing.has(id)),
      length: (id) => this.shelf.length(id),
      order: (id) => order.get(id) ?? 0,
    });
    const from =
      chosen.using > chosen.ids.size ? { from: { articles: chosen.ids.size, using: chosen.using } } : {};
    const groups = new Map<SourceCluster | null, { claims: ReturnType<typeof locate>[]; weight: number }>();
    const reading = [...chosen.ids].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const id of reading) {
      const article = this.shelf.article(id);
      if (!article) continue;
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
        ...from,
      };
    return { topic, groups: result, ...from };
  }

  sources(options: { articleId?: string } = {}): SourceSummary[] {
    const catalogue = this.catalogue();
    const id = options.articleId;
    if (!id) return catalogue.sources();
    const cited = this.now.order.has(id) ? this.shelf.cited(id) : undefined;
    return cited ? catalogue.summarise([{ id, cited }]) : [];
  }

  disputes(options: { articleId?: string } = {}): Dispute[] {
    return this.scoped(options.articleId).flatMap((a) => this.of(a).disputes.map((d) => d.dispute));
  }

  /** Sentences of an article that are one side of a dispute, with the other sides. */
  counterClaimsOf(articleId: string): Map<number, CounterClaim[]> {
    const out = new Map<number, CounterClaim[]>();
    const [article] = this.scoped(articleId);
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

  /** The other sides of every dispute the referenced sentence takes part in. */
  counterClaims(ref: PassageRef): CounterClaim[] {
    const [article] = this.scoped(ref.articleId);
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
    return this.vocabulary().suggest(prefix, limit);
  }

  suggestSources(prefix: string, limit = 25): string[] {
    return this.catalogue().suggest(prefix, limit, this.correct);
  }
}
