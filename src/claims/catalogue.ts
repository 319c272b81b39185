/**
 * The library-wide lists of the claims layer, merged from each article's outline (outline.ts)
 * instead of from whole articles: who is cited, how often and how (/sources, source
 * autocomplete), and the topic words with their counts (topic autocomplete). Merged in library
 * order, so the lists are exactly those worked out from the articles themselves.
 */
import Fuse from 'fuse.js';
import { STANCES } from '../article/types.ts';
import { type SourceCluster, SourceDirectory } from './names.ts';
import { type CitedSources, sourceOf, type TopicWord } from './outline.ts';
import { shortForms } from './records.ts';
import type { SourceSummary } from './types.ts';

/** localeCompare's order, a great deal faster over tens of thousands of names. */
const collator = new Intl.Collator();

export interface CitedArticle {
  id: string;
  cited: CitedSources;
}

/**
 * Sources merged across articles ("Zelensky" = "Volodymyr Zelenskyy"), from what each cites. The
 * outlines are read (`read`) once for the merged names and once more for the counts, and not
 * kept: 10,000 articles' outlines would weigh on memory.
 */
export class SourceCatalogue {
  readonly directory = new SourceDirectory();
  private everyone: SourceSummary[] | undefined;
  /** Claims by source name, for autocomplete. */
  private counts: Map<string, number> | undefined;
  /** By merged source, its summary (whose `articles` are those citing it). */
  private readonly summaries = new Map<SourceCluster, SourceSummary>();

  constructor(private readonly read: () => Iterable<CitedArticle>) {
    // Every source first, in library order, so merged names do not depend on which article is read first.
    for (const a of read()) for (const s of a.cited.sources) this.directory.add(sourceOf(s));
  }

  /** Every cited source, most claims first. */
  sources(): SourceSummary[] {
    this.everyone ??= this.summarise(this.read(), this.summaries);
    return this.everyone;
  }

  /** The articles citing any of these sources. */
  articlesCiting(clusters: Iterable<SourceCluster>): Set<string> {
    this.sources();
    return new Set([...clusters].flatMap((c) => this.summaries.get(c)?.articles ?? []));
  }

  /** The sources of some articles, merged as across the whole library (and who cites each into `citing`). */
  summarise(
    articles: Iterable<CitedArticle>,
    byCluster = new Map<SourceCluster, SourceSummary>(),
  ): SourceSummary[] {
    // Each summary is made in its final shape (variants filled in last), with its mentions aside.
    const summaries = new Map<SourceCluster, { s: SourceSummary; mentions: string[] }>();
    const mention = (s: { mentions: string[] }, m: string) => {
      if (!s.mentions.includes(m)) s.mentions.push(m);
    };
    for (const { id, cited } of articles) {
      const sources = cited.sources.map(sourceOf);
      const aliases = shortForms(sources, this.directory);
      const clusters = sources.map((source) => {
        const own = this.directory.get(source) ?? this.directory.add(source);
        return aliases.get(own) ?? own;
      });
      for (const code of cited.claims) {
        const source = sources[code >> 3];
        const cluster = clusters[code >> 3];
        const stance = STANCES[code & 7];
        if (!source || !cluster || !stance) continue;
        let entry = summaries.get(cluster);
        if (!entry) {
          const s: SourceSummary = { name: cluster.name, variants: [], claims: 0, stances: {}, articles: [] };
          if (cluster.kind) s.kind = cluster.kind;
          entry = { s, mentions: [] };
          summaries.set(cluster, entry);
        }
        const { s } = entry;
        s.claims++;
        s.stances[stance] = (s.stances[stance] ?? 0) + 1;
        // An article's claims come together: its id is the last one listed when it is listed at all.
        if (s.articles[s.articles.length - 1] !== id) s.articles.push(id);
        mention(entry, source.name);
        mention(entry, source.mention);
      }
    }
    return [...summaries]
      .map(([cluster, { s, mentions }]) => {
        // One variant per spelling: "The coast guard" opening a sentence is "the coast guard".
        const seen = new Set([s.name.toLowerCase()]);
        const variants = [s.name];
        for (const m of mentions)
          if (!seen.has(m.toLowerCase())) {
            seen.add(m.toLowerCase());
            variants.push(m);
          }
        // Copies of exact size: pushed-to arrays keep room for 17, and there are tens of thousands.
        s.variants = variants.slice();
        s.articles = s.articles.slice();
        byCluster.set(cluster, s);
        return s;
      })
      .sort((a, b) => b.claims - a.claims || collator.compare(a.name, b.name));
  }

  /** Autocomplete: canonical names of cited sources resembling `prefix`, most cited first. */
  suggest(prefix: string, limit = 25, correct?: (word: string) => string[]): string[] {
    this.counts ??= new Map(this.sources().map((s) => [s.name, s.claims]));
    const counts = this.counts;
    const names = prefix.trim()
      ? this.directory.find(prefix, limit, correct).map((c) => c.name)
      : [...counts.keys()];
    return [...new Set(names)]
      .filter((n) => counts.has(n))
      .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))
      .slice(0, limit);
  }
}

/** Above this many words a fuzzy search of them all is too slow for autocomplete: the typed word is corrected instead. */
const FUSE_WORDS = 20_000;

/**
 * The articles' topic words with how many sentences use each, for autocomplete: sorted by word,
 * so a prefix's words are one run found by binary search, and its best few are picked from the
 * run (most used, then alphabetically) without sorting the whole vocabulary.
 */
export class TopicVocabulary {
  private readonly words: string[];
  private readonly counts: Int32Array;
  /** As shown: the word, or its written form (a name's capitals). */
  private readonly shown: string[];
  /** Words in order of first use (small vocabularies only): Fuse's list. */
  private readonly firstUse: string[] | undefined;
  private fuse: Fuse<string> | undefined;

  /** `correct`: spelling fixes of a typed word, for a vocabulary too large for Fuse. */
  constructor(
    articles: Iterable<readonly TopicWord[]>,
    private readonly correct?: (word: string) => string[],
  ) {
    const terms = new Map<string, { display: string; count: number }>();
    for (const words of articles)
      for (const [word, count, first, capital] of words) {
        let entry = terms.get(word);
        if (!entry) {
          entry = { display: first || word, count: 0 };
          terms.set(word, entry);
        }
        entry.count += count;
        if (capital) entry.display = capital;
      }
    this.firstUse = terms.size <= FUSE_WORDS ? [...terms.keys()] : undefined;
    this.words = [...terms.keys()].sort();
    this.counts = new Int32Array(this.words.length);
    this.shown = this.words.map((w, i) => {
      const entry = terms.get(w);
      this.counts[i] = entry?.count ?? 0;
      return entry?.display ?? w;
    });
  }

  /** Position of the first word not before `word`. */
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.words[mid] as string) < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The best `limit` of words [from, to) that `keep` lets through: most used first, then alphabetically. */
  private best(from: number, to: number, limit: number, keep: (word: string) => boolean): string[] {
    const top: number[] = [];
    const better = (a: number, b: number) =>
      (this.counts[a] as number) - (this.counts[b] as number) ||
      collator.compare(this.words[b] as string, this.words[a] as string);
    for (let i = from; i < to && limit > 0; i++) {
      const worst = top[top.length - 1];
      if (
        top.length === limit &&
        worst !== undefined &&
        (this.counts[i] as number) < (this.counts[worst] as number)
      )
        continue;
      if (!keep(this.words[i] as string)) continue;
      if (top.length === limit && worst !== undefined && better(i, worst) <= 0) continue;
      let at = top.length;
      while (at > 0 && better(i, top[at - 1] as number) > 0) at--;
      top.splice(at, 0, i);
      if (top.length > limit) top.pop();
    }
    return top.map((i) => this.shown[i] as string);
  }

  private display(word: string): string {
    const at = this.lowerBound(word);
    return this.words[at] === word ? (this.shown[at] as string) : word;
  }

  suggest(prefix: string, limit = 25): string[] {
    const p = prefix.trim().toLowerCase();
    if (!p) return this.best(0, this.words.length, limit, (w) => w.length > 3);
    const from = this.lowerBound(p);
    let to = from;
    while (to < this.words.length && (this.words[to] as string).startsWith(p)) to++;
    const starts = this.best(from, to, limit, () => true);
    if (starts.length >= limit) return starts;
    let near: string[];
    if (this.firstUse) {
      this.fuse ??= new Fuse(this.firstUse, { threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 });
      near = this.fuse.search(p, { limit }).map((r) => this.display(r.item));
    } else near = (this.correct?.(p) ?? []).slice(0, limit).map((w) => this.display(w));
    return [...new Set([...starts, ...near])].slice(0, limit);
  }
}
