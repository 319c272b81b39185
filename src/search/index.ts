/**
 * An in-memory BM25+ passage index built for many articles: terms are integer ids, each posting
 * is one small integer (passage id and term frequency packed), passages live in typed arrays, and
 * a query reuses preallocated score buffers and keeps only the top k in a small heap.
 * Articles are added and removed live; removed passages are skipped and swept out of the postings
 * once they make up half of them.
 */
import { isStopWord, termOf, tokenize } from './text.ts';
import type { Alternative, Concept, IndexedArticle, PassageIndex, SearchHit, SearchQuery } from './types.ts';

/** BM25+ parameters as MiniSearch documents them (k saturation, b length, d lower bound). */
export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}
export const DEFAULT_BM25: Bm25Params = { k: 1.2, b: 0.7, d: 0.5 };

const TF_BITS = 8;
const TF_MAX = (1 << TF_BITS) - 1;
const NO_TERMS = new Int32Array(0);

class GrowableInts {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  static of(values: Int32Array): GrowableInts {
    const g = new GrowableInts(0);
    g.data = values;
    g.length = values.length;
    return g;
  }
  /** The values as a copy of their own (a view would drag the whole buffer into a snapshot). */
  values(): Int32Array {
    return this.data.slice(0, this.length);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Everything the index holds, as plain data and typed arrays, for a snapshot on disk: restoring
 * it costs a copy of the arrays, where adding 10,000 articles again costs seconds.
 */
export interface IndexState {
  params: Bm25Params;
  /** Index terms by id. */
  terms: string[];
  df: Int32Array;
  packed: Int32Array;
  packedStart: Int32Array;
  words: string[];
  wordCounts: Int32Array;
  docArticle: Int32Array;
  docSentence: Int32Array;
  docLength: Int32Array;
  docAlive: Int32Array;
  forward: Int32Array;
  forwardEnds: Int32Array;
  /** By ord; null where an article was removed. */
  articles: ({ id: string; firstDoc: number; docCount: number; titleTerms: Int32Array } | null)[];
  totals: { liveDocs: number; totalLength: number; deadPostings: number };
}

/** A concept's terms as ids, while the index has `termCount` terms (see termIdsOf). */
interface ResolvedConcept {
  termCount: number;
  ids: Int32Array;
  ends: Int32Array;
}

interface ArticleEntry {
  ord: number;
  id: string;
  firstDoc: number;
  docCount: number;
  titleTerms: Int32Array;
}

/** A min-heap of (score, doc) keeping the k best. */
class TopK {
  private scores: Float64Array;
  private docs: Int32Array;
  size = 0;
  private k = 0;
  constructor(capacity = 64) {
    this.scores = new Float64Array(capacity);
    this.docs = new Int32Array(capacity);
  }
  /** Empties the heap to keep the k best from now on (the arrays are reused across queries). */
  reset(k: number): this {
    if (this.scores.length < k) {
      this.scores = new Float64Array(k);
      this.docs = new Int32Array(k);
    }
    this.k = k;
    this.size = 0;
    return this;
  }
  offer(score: number, doc: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((this.scores[parent] as number) <= score) break;
        this.scores[i] = this.scores[parent] as number;
        this.docs[i] = this.docs[parent] as number;
        i = parent;
      }
      this.scores[i] = score;
      this.docs[i] = doc;
      return;
    }
    if (score <= (this.scores[0] as number)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const r = l + 1;
      const c = r < this.k && (this.scores[r] as number) < (this.scores[l] as number) ? r : l;
      if ((this.scores[c] as number) >= score) break;
      this.scores[i] = this.scores[c] as number;
      this.docs[i] = this.docs[c] as number;
      i = c;
    }
    this.scores[i] = score;
    this.docs[i] = doc;
  }
  /** Best first. */
  drain(): { score: number; doc: number }[] {
    const out: { score: number; doc: number }[] = [];
    for (let i = 0; i < this.size; i++)
      out.push({ score: this.scores[i] as number, doc: this.docs[i] as number });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

export class MemoryPassageIndex implements PassageIndex {
  private readonly params: Bm25Params;
  private termIds = new Map<string, number>();
  /** Each term id's term (ids are never reused or renumbered). */
  private termNames: string[] = [];
  /**
   * Postings, each (passage << 8 | frequency), in passage order. Most live packed end to end in
   * one Int32Array (term t's are packed[packedStart[t] .. packedStart[t + 1])); those added since
   * the last compaction wait in small per-term tails. A JS array per term cost four times the memory.
   */
  private packed: Int32Array = new Int32Array(0);
  private packedStart: Int32Array = new Int32Array(1);
  private packedTerms = 0;
  private tails: (number[] | undefined)[] = [];
  private tailCount = 0;
  private termCount = 0;
  private df = new GrowableInts();
  private wordCounts = new Map<string, number>();

  private docArticle = new GrowableInts();
  private docSentence = new GrowableInts();
  private docLength = new GrowableInts();
  private docAlive = new GrowableInts();
  /**
   * Forward index: passage d's distinct terms, sorted, each as (term id << 8 | frequency), are
   * forward[ends[d-1] .. ends[d]).
   */
  private forward = new GrowableInts(4096);
  private forwardEnds = new GrowableInts();

  private articles = new Map<string, ArticleEntry>();
  private articleByOrd: (ArticleEntry | undefined)[] = [];
  private liveDocs = 0;
  private totalLength = 0;
  private deadPostings = 0;

  /**
   * Per passage, each in an array of its own: its length (-1 once removed), the best score of the
   * current concept, the score of the query, and its article (ord; filled lazily by search, see
   * fillArticles). Postings walks are bound by memory latency at 100,000s of passages: a walk
   * reads a length and a best score per posting, and apart those two arrays take 12 bytes a
   * passage (1.9 MB at 160,000, which a core's cache holds), where the four side by side took 32
   * (5 MB): a walk of 10,000 postings took twice as long.
   */
  private lengths = new Int32Array(0);
  private best = new Float64Array(0);
  private scores = new Float64Array(0);
  private ords = new Int32Array(0);
  /** Per article: the query that last scored its title (stamp) and that score. */
  private titleStamp = new Int32Array(0);
  private titleCache = new Float64Array(0);
  /** Articles (ords) by the terms of their title. */
  private titlePostings = new Map<number, number[]>();
  private stamp = 0;
  // Query scratch, grown with the passage count and reused by every query.
  private touched = new Int32Array(0);
  private conceptTouched = new Int32Array(0);
  /** Passages whose ords are filled, and articles' ids by ord (see fillArticles). */
  private filledOrds = 0;
  private ordIds: string[] = [];
  /**
   * The query's alternatives as term ids, end to end: alternative a (counted across concepts) is
   * queryTerms[queryAltEnds[a - 1] .. queryAltEnds[a]), -1 for a term no passage has; queryIdf
   * holds each term's IDF.
   */
  private queryTerms = new Int32Array(64);
  private queryIdf = new Float64Array(64);
  private queryAltEnds = new Int32Array(32);
  /** Per query term: where its packed postings start, how many, with its tail how many in all. */
  private queryBase = new Int32Array(64);
  private queryPacked = new Int32Array(64);
  private queryTotal = new Int32Array(64);
  /** Per query term of a multi-word alternative: its next posting to look at (see walk). */
  private queryCursor = new Int32Array(64);
  /** Per term id, 1 while hit() reads a passage that contains it. */
  private termMark = new Uint8Array(0);
  private heap = new TopK();
  /** Headlines' weights for the concepts last asked about, by article (see titleWeights). */
  private titles = new Map<string, number[]>();
  private titlesFor: readonly Concept[] | undefined;
  /** Concepts' terms as ids, by concept (see termIdsOf). */
  private resolved = new WeakMap<Concept, ResolvedConcept>();
  /** Title scoring: articles with a title match (by titleStamp), their row of titleTops (per concept, the best value). */
  private titleRow = new Int32Array(0);
  private titleOrds = new Int32Array(0);
  private titleTops = new Float64Array(0);

  constructor(params: Partial<Bm25Params> = {}) {
    this.params = { ...DEFAULT_BM25, ...params };
  }

  /** The index as data (postings packed first), for `MemoryPassageIndex.restore`. */
  state(): IndexState {
    if (this.tailCount) this.compact(false);
    return {
      params: this.params,
      terms: this.termNames.slice(),
      df: this.df.values(),
      packed: this.packed,
      packedStart: this.packedStart,
      words: [...this.wordCounts.keys()],
      wordCounts: Int32Array.from(this.wordCounts.values()),
      docArticle: this.docArticle.values(),
      docSentence: this.docSentence.values(),
      docLength: this.docLength.values(),
      docAlive: this.docAlive.values(),
      forward: this.forward.values(),
      forwardEnds: this.forwardEnds.values(),
      articles: this.articleByOrd.map((e) =>
        e ? { id: e.id, firstDoc: e.firstDoc, docCount: e.docCount, titleTerms: e.titleTerms } : null,
      ),
      totals: { liveDocs: this.liveDocs, totalLength: this.totalLength, deadPostings: this.deadPostings },
    };
  }

  static restore(state: IndexState): MemoryPassageIndex {
    const index = new MemoryPassageIndex(state.params);
    for (const [id, t] of state.terms.entries()) index.termIds.set(t, id);
    index.termNames = state.terms.slice();
    index.termCount = state.terms.length;
    index.df = GrowableInts.of(state.df);
    index.packed = state.packed;
    index.packedStart = state.packedStart;
    index.packedTerms = state.packedStart.length - 1;
    index.tails = new Array(index.termCount).fill(undefined);
    for (const [i, w] of state.words.entries()) index.wordCounts.set(w, state.wordCounts[i] as number);
    index.docArticle = GrowableInts.of(state.docArticle);
    index.docSentence = GrowableInts.of(state.docSentence);
    index.docLength = GrowableInts.of(state.docLength);
    index.docAlive = GrowableInts.of(state.docAlive);
    index.forward = GrowableInts.of(state.forward);
    index.forwardEnds = GrowableInts.of(state.forwardEnds);
    state.articles.forEach((a, ord) => {
      if (!a) {
        index.articleByOrd.push(undefined);
        return;
      }
      const entry: ArticleEntry = { ord, ...a };
      index.articleByOrd.push(entry);
      index.articles.set(a.id, entry);
      for (const id of a.titleTerms) {
        const list = index.titlePostings.get(id);
        if (list) list.push(ord);
        else index.titlePostings.set(id, [ord]);
      }
    });
    ({
      liveDocs: index.liveDocs,
      totalLength: index.totalLength,
      deadPostings: index.deadPostings,
    } = state.totals);
    index.growScratch();
    const docs = index.docArticle.length;
    for (let doc = 0; doc < docs; doc++)
      index.lengths[doc] = state.docAlive[doc] ? (state.docLength[doc] as number) : -1;
    return index;
  }

  private termId(term: string, create: boolean): number {
    let id = this.termIds.get(term);
    if (id === undefined && create) {
      id = this.termCount++;
      this.termIds.set(term, id);
      this.termNames.push(term);
      this.tails.push(undefined);
      this.df.push(0);
    }
    return id ?? -1;
  }

  private countWords(text: string, delta: number): Map<string, number> {
    const terms = new Map<string, number>();
    for (const t of tokenize(text)) {
      const n = (this.wordCounts.get(t.word) ?? 0) + delta;
      if (n > 0) this.wordCounts.set(t.word, n);
      else this.wordCounts.delete(t.word);
      if (t.word.length === 0 || isStopWord(t.word)) continue;
      const term = termOf(t.word);
      terms.set(term, (terms.get(term) ?? 0) + 1);
    }
    return terms;
  }

  add(article: IndexedArticle): void {
    // Replacing needs the old texts (their words are counted out), which only the caller has.
    if (this.articles.has(article.id)) throw new Error(`${article.id} is indexed already: remove it first`);
    this.titlesFor = undefined;
    const ord = this.articleByOrd.length;
    const titleTerms = [...this.countWords(article.title, 1).keys()].map((t) => this.termId(t, true));
    const entry: ArticleEntry = {
      ord,
      id: article.id,
      firstDoc: this.docArticle.length,
      docCount: article.passages.length,
      titleTerms: Int32Array.from(titleTerms).sort(),
    };
    for (const passage of article.passages) {
      const doc = this.docArticle.length;
      const terms = this.countWords(passage.text, 1);
      let length = 0;
      const ids: number[] = [];
      for (const [term, tf] of terms) {
        const id = this.termId(term, true);
        const posting = (doc << TF_BITS) | Math.min(tf, TF_MAX);
        const tail = this.tails[id];
        if (tail) tail.push(posting);
        else this.tails[id] = [posting];
        this.tailCount++;
        this.df.data[id] = (this.df.data[id] as number) + 1;
        length += tf;
        ids.push((id << TF_BITS) | Math.min(tf, TF_MAX));
      }
      ids.sort((a, b) => a - b);
      for (const id of ids) this.forward.push(id);
      this.forwardEnds.push(this.forward.length);
      this.docArticle.push(ord);
      this.docSentence.push(passage.sentence);
      this.docLength.push(length);
      this.docAlive.push(1);
      this.totalLength += length;
      this.liveDocs++;
    }
    // Packed whenever the tails outgrow the packed part: copying stays linear overall.
    if (this.tailCount > Math.max(1 << 16, this.packed.length)) this.compact(false);
    this.articles.set(article.id, entry);
    this.articleByOrd.push(entry);
    for (const id of entry.titleTerms) {
      const list = this.titlePostings.get(id);
      if (list) list.push(ord);
      else this.titlePostings.set(id, [ord]);
    }
    this.growScratch();
    for (let doc = entry.firstDoc; doc < entry.firstDoc + entry.docCount; doc++)
      this.lengths[doc] = this.docLength.data[doc] as number;
  }

  remove(article: IndexedArticle): boolean {
    const entry = this.articles.get(article.id);
    if (!entry) return false;
    this.titlesFor = undefined;
    this.countWords(article.title, -1);
    for (let doc = entry.firstDoc; doc < entry.firstDoc + entry.docCount; doc++) {
      this.docAlive.data[doc] = 0;
      this.lengths[doc] = -1;
      for (let i = this.forwardStart(doc); i < (this.forwardEnds.data[doc] as number); i++) {
        const id = (this.forward.data[i] as number) >>> TF_BITS;
        this.df.data[id] = (this.df.data[id] as number) - 1;
        this.deadPostings++;
      }
      this.totalLength -= this.docLength.data[doc] as number;
      this.liveDocs--;
    }
    // The caller hands back the texts it added: the index keeps no copy of them.
    for (const p of article.passages) this.countWords(p.text, -1);
    this.articles.delete(article.id);
    this.articleByOrd[entry.ord] = undefined;
    for (const id of entry.titleTerms) {
      const kept = (this.titlePostings.get(id) ?? []).filter((ord) => ord !== entry.ord);
      if (kept.length) this.titlePostings.set(id, kept);
      else this.titlePostings.delete(id);
    }
    if (this.deadPostings > 1024 && this.deadPostings > this.forward.length / 2) this.sweep();
    return true;
  }

  private sweep(): void {
    this.compact(true);
    this.deadPostings = 0;
  }

  /** Moves every tail into the packed postings (and drops removed passages' when `sweep`). */
  private compact(sweep: boolean): void {
    const n = this.termCount;
    const alive = this.docAlive.data;
    const { packed, packedStart, packedTerms, tails } = this;
    const start = new Int32Array(n + 1);
    let total = 0;
    const each = (t: number, visit: (p: number) => void) => {
      if (t < packedTerms)
        for (let i = packedStart[t] as number; i < (packedStart[t + 1] as number); i++)
          visit(packed[i] as number);
      for (const p of tails[t] ?? []) visit(p);
    };
    const count = (p: number) => {
      if (!sweep || alive[p >>> TF_BITS]) total++;
    };
    for (let t = 0; t < n; t++) {
      start[t] = total;
      each(t, count);
    }
    start[n] = total;
    const next = new Int32Array(total);
    let w = 0;
    const copy = (p: number) => {
      if (!sweep || alive[p >>> TF_BITS]) next[w++] = p;
    };
    for (let t = 0; t < n; t++) each(t, copy);
    this.packed = next;
    this.packedStart = start;
    this.packedTerms = n;
    this.tails = new Array(n).fill(undefined);
    this.tailCount = 0;
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.stamp = 0;
      this.titleStamp.fill(0);
    }
    return ++this.stamp;
  }

  private forwardStart(doc: number): number {
    return doc === 0 ? 0 : (this.forwardEnds.data[doc - 1] as number);
  }

  private growScratch(): void {
    const n = this.docArticle.length;
    if (this.touched.length >= n) return;
    const size = Math.max(n, this.touched.length * 2, 1024);
    const grown = <T extends Int32Array | Float64Array>(old: T, made: T): T => {
      made.set(old as ArrayLike<number>);
      return made;
    };
    this.lengths = grown(this.lengths, new Int32Array(size));
    this.best = grown(this.best, new Float64Array(size));
    this.scores = grown(this.scores, new Float64Array(size));
    this.ords = grown(this.ords, new Int32Array(size));
    this.touched = new Int32Array(size);
    this.conceptTouched = new Int32Array(size);
  }

  has(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  size(): number {
    return this.liveDocs;
  }

  documentFrequency(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : (this.df.data[id] as number);
  }

  idf(term: string): number {
    return this.idfOf(this.documentFrequency(term));
  }

  private idfOf(df: number): number {
    return Math.log(1 + (this.liveDocs - df + 0.5) / (df + 0.5));
  }

  /**
   * Articles whose passages or title use a term, each with how many of its passages do (the
   * title counts as one): what reads a topic's claims needs, without reading every article.
   */
  articlesUsing(term: string): Map<string, number> {
    const out = new Map<string, number>();
    const id = this.termIds.get(term);
    if (id === undefined) return out;
    const count = (ord: number) => {
      const entry = this.articleByOrd[ord];
      if (entry) out.set(entry.id, (out.get(entry.id) ?? 0) + 1);
    };
    for (const ord of this.titlePostings.get(id) ?? []) count(ord);
    const visit = (posting: number) => {
      const doc = posting >>> TF_BITS;
      if (this.docAlive.data[doc]) count(this.docArticle.data[doc] as number);
    };
    if (id < this.packedTerms)
      for (let i = this.packedStart[id] as number; i < (this.packedStart[id + 1] as number); i++)
        visit(this.packed[i] as number);
    for (const p of this.tails[id] ?? []) visit(p);
    return out;
  }

  hasWord(word: string): boolean {
    return this.wordCounts.has(word);
  }

  words(): Iterable<string> {
    return this.wordCounts.keys();
  }

  /**
   * The k best passages for the query, by BM25+: per concept the best of its alternatives (a
   * multi-word one scores the mean of its terms, and only where all occur), times the alternative's
   * weight and the concept's boost; summed over the concepts, plus the article's title score.
   * Every matching passage is scored (no pruning): many passages tie exactly (same length, same
   * words), and which of them the heap keeps at the k-th place depends on the order they are offered
   * in, which must stay that of one walk of the postings, alternative after alternative.
   */
  search(query: SearchQuery): SearchHit[] {
    const entry = query.articleId === undefined ? undefined : this.articles.get(query.articleId);
    if ((query.articleId !== undefined && !entry) || this.liveDocs === 0 || query.limit <= 0) return [];
    this.resolve(query);
    this.fillArticles();
    // An article's passages are one run of passage ids: its postings are one run too.
    const from = entry ? entry.firstDoc : 0;
    const to = entry ? entry.firstDoc + entry.docCount : 0x7fffffff;
    const touchedCount = this.scorePassages(query, from, to);
    const stamp = this.scoreTitles(query);
    const { scores, ords, touched, titleStamp, titleCache } = this;
    const heap = this.heap.reset(Math.min(query.limit, Math.max(1, touchedCount)));
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const ord = ords[doc] as number;
      const s = (scores[doc] as number) + (titleStamp[ord] === stamp ? (titleCache[ord] as number) : 0);
      scores[doc] = 0;
      heap.offer(s, doc);
    }
    return heap.drain().map(({ score, doc }) => this.hit(doc, score, query));
  }

  /** The passage of an article's sentence (sentences are added in order, so usually at its offset). */
  private docOf(articleId: string, sentence: number): number {
    const entry = this.articles.get(articleId);
    if (!entry) return -1;
    const guess = entry.firstDoc + sentence;
    if (sentence < entry.docCount && this.docSentence.data[guess] === sentence) return guess;
    for (let doc = entry.firstDoc; doc < entry.firstDoc + entry.docCount; doc++)
      if (this.docSentence.data[doc] === sentence) return doc;
    return -1;
  }

  /**
   * Per concept, the weight of its best alternative whose terms are all in passage `doc` (or, given
   * `titleTerms`, in that title). Plain loops: this runs for every ranked sentence and its
   * neighbours, and a closure per alternative was most of the ranking's garbage.
   */
  private conceptWeights(concepts: readonly Concept[], doc: number, titleTerms?: Int32Array): number[] {
    const out = new Array<number>(concepts.length);
    for (let c = 0; c < concepts.length; c++) {
      const concept = concepts[c] as Concept;
      const { ids, ends } = this.termIdsOf(concept);
      const alternatives = concept.alternatives;
      let w = 0;
      let from = 0;
      for (let a = 0; a < alternatives.length; a++) {
        const to = ends[a] as number;
        const weight = (alternatives[a] as Alternative).weight;
        if (weight > w && from < to) {
          let all = true;
          for (let i = from; i < to; i++) {
            const id = ids[i] as number;
            if (id < 0 || !(titleTerms ? titleTerms.includes(id) : this.inPassage(doc, id))) {
              all = false;
              break;
            }
          }
          if (all) w = weight;
        }
        from = to;
      }
      out[c] = w;
    }
    return out;
  }

  /**
   * A concept's terms as ids (-1: no passage has it), alternative a's at ids[ends[a - 1] .. ends[a]):
   * looked up once per concept rather than for every sentence ranked (concepts are kept between
   * questions). Ids never change; a term unknown before may be added since (then looked up again).
   */
  private termIdsOf(concept: Concept): ResolvedConcept {
    const kept = this.resolved.get(concept);
    if (kept && kept.termCount === this.termCount) return kept;
    const alternatives = concept.alternatives;
    const ends = new Int32Array(alternatives.length);
    let n = 0;
    for (let a = 0; a < alternatives.length; a++) {
      n += (alternatives[a] as Alternative).terms.length;
      ends[a] = n;
    }
    const ids = new Int32Array(n);
    let i = 0;
    for (const alt of alternatives) for (const t of alt.terms) ids[i++] = this.termIds.get(t) ?? -1;
    const found = { termCount: this.termCount, ids, ends };
    this.resolved.set(concept, found);
    return found;
  }

  weights(articleId: string, sentence: number, concepts: readonly Concept[]): number[] | undefined {
    const doc = this.docOf(articleId, sentence);
    if (doc < 0) return undefined;
    return this.conceptWeights(concepts, doc);
  }

  /**
   * The ids of the distinct terms of an article's sentence (its passage), none if it is gone. Ids
   * are stable for the index's life, so a caller may keep what it works out per id.
   */
  passageTermIds(articleId: string, sentence: number): number[] {
    const doc = this.docOf(articleId, sentence);
    if (doc < 0) return [];
    const out: number[] = [];
    const f = this.forward.data;
    for (let i = this.forwardStart(doc); i < (this.forwardEnds.data[doc] as number); i++)
      out.push((f[i] as number) >>> TF_BITS);
    return out;
  }

  /** The term of a term id (see passageTermIds). */
  termName(id: number): string | undefined {
    return this.termNames[id];
  }

  /** Whether term `id` occurs in passage `doc`: a binary search in its sorted forward list. */
  private inPassage(doc: number, id: number): boolean {
    let lo = this.forwardStart(doc);
    let hi = (this.forwardEnds.data[doc] as number) - 1;
    const f = this.forward.data;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = (f[mid] as number) >>> TF_BITS;
      if (v === id) return true;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  titleWeights(articleId: string, concepts: readonly Concept[]): number[] {
    // A question ranks several sentences of one article, each lent what the headline matches.
    if (this.titlesFor !== concepts) {
      this.titlesFor = concepts;
      this.titles.clear();
    }
    let weights = this.titles.get(articleId);
    if (!weights) {
      weights = this.conceptWeights(concepts, -1, this.articles.get(articleId)?.titleTerms ?? NO_TERMS);
      this.titles.set(articleId, weights);
    }
    return weights.slice();
  }

  /**
   * ords, each passage's article, is filled here for the passages added since the last
   * query: derived from docArticle, it is read on the cache line the score is on. Likewise ordIds,
   * the articles' ids by ord (a hit's id without a trip to its ArticleEntry).
   */
  private fillArticles(): void {
    const n = this.docArticle.length;
    const { ords } = this;
    const docArticle = this.docArticle.data;
    for (let doc = this.filledOrds; doc < n; doc++) ords[doc] = docArticle[doc] as number;
    this.filledOrds = n;
    for (let ord = this.ordIds.length; ord < this.articleByOrd.length; ord++)
      this.ordIds.push(this.articleByOrd[ord]?.id ?? '');
  }

  /**
   * Term ids of the query's alternatives into queryTerms/queryAltEnds: looked up once, so neither
   * the walk nor hit() touches a string or allocates.
   */
  private resolve(query: SearchQuery): void {
    let alternatives = 0;
    let terms = 0;
    for (const concept of query.concepts) {
      alternatives += concept.alternatives.length;
      for (const alt of concept.alternatives) terms += alt.terms.length;
    }
    if (this.queryAltEnds.length < alternatives) this.queryAltEnds = new Int32Array(alternatives * 2);
    if (this.queryTerms.length < terms) {
      this.queryTerms = new Int32Array(terms * 2);
      this.queryIdf = new Float64Array(terms * 2);
      this.queryBase = new Int32Array(terms * 2);
      this.queryPacked = new Int32Array(terms * 2);
      this.queryTotal = new Int32Array(terms * 2);
      this.queryCursor = new Int32Array(terms * 2);
    }
    if (this.termMark.length < this.termCount) this.termMark = new Uint8Array(this.termCount * 2);
    const { queryTerms, queryIdf, queryAltEnds, queryBase, queryPacked, queryTotal } = this;
    let a = 0;
    let t = 0;
    for (const concept of query.concepts)
      for (const alt of concept.alternatives) {
        for (const term of alt.terms) {
          const id = this.termId(term, false);
          queryIdf[t] = id < 0 ? 0 : this.idfOf(this.df.data[id] as number);
          const packed = id >= 0 && id < this.packedTerms;
          queryBase[t] = packed ? (this.packedStart[id] as number) : 0;
          queryPacked[t] = packed ? (this.packedStart[id + 1] as number) - (queryBase[t] as number) : 0;
          queryTotal[t] = (queryPacked[t] as number) + (id < 0 ? 0 : (this.tails[id]?.length ?? 0));
          queryTerms[t++] = id;
        }
        queryAltEnds[a++] = t;
      }
  }

  /**
   * Scores the passages in [from, to) that match the query into `scores` and lists them in
   * `touched`, in the order they are first reached; returns how many.
   */
  private scorePassages(query: SearchQuery, from: number, to: number): number {
    const { best, scores, touched, conceptTouched, queryTerms, queryAltEnds } = this;
    let touchedCount = 0;
    let a = 0;
    let t = 0;
    for (const concept of query.concepts) {
      let count = 0;
      for (const alt of concept.alternatives) {
        const start = t;
        t = queryAltEnds[a++] as number;
        let known = start < t;
        for (let i = start; i < t; i++) if ((queryTerms[i] as number) < 0) known = false;
        if (known) count = this.walk(start, t, alt.weight, count, from, to);
      }
      // The concept's best alternative per passage (`best`) joins the passage's score.
      const boost = concept.boost ?? 1;
      for (let i = 0; i < count; i++) {
        const doc = conceptTouched[i] as number;
        if ((scores[doc] as number) === 0) touched[touchedCount++] = doc;
        scores[doc] = (scores[doc] as number) + (best[doc] as number) * boost;
        best[doc] = 0;
      }
    }
    return touchedCount;
  }

  /**
   * One alternative (terms queryTerms[start .. end)): walks its rarest term's postings in
   * [from, to) and keeps each passage's best score of the concept in `best`; passages the concept
   * reaches first are appended to conceptTouched after `count`. Returns the new count.
   */
  private walk(start: number, end: number, weight: number, count: number, from: number, to: number): number {
    const { k, b, d } = this.params;
    const avg = this.totalLength / this.liveDocs || 1;
    const k1 = k + 1;
    const kFlat = k * (1 - b);
    const kSlope = (k * b) / avg;
    const { lengths, best, conceptTouched, queryTerms, queryIdf } = this;
    const df = this.df.data;
    let lead = queryTerms[start] as number;
    for (let i = start + 1; i < end; i++)
      if ((df[queryTerms[i] as number] as number) < (df[lead] as number)) lead = queryTerms[i] as number;
    const packed = this.packed;
    const base = lead < this.packedTerms ? (this.packedStart[lead] as number) : 0;
    const packedCount = lead < this.packedTerms ? (this.packedStart[lead + 1] as number) - base : 0;
    const tail = this.tails[lead] ?? [];
    const total = packedCount + tail.length;
    // Postings are in passage order: the first at `from` is found by binary search.
    let i = 0;
    if (from > 0) {
      let hi = total;
      while (i < hi) {
        const mid = (i + hi) >> 1;
        const p = mid < packedCount ? (packed[base + mid] as number) : (tail[mid - packedCount] as number);
        if (p >>> TF_BITS < from) i = mid + 1;
        else hi = mid;
      }
    }
    if (end - start === 1) {
      const idf = queryIdf[start] as number;
      for (; i < total; i++) {
        const p = i < packedCount ? (packed[base + i] as number) : (tail[i - packedCount] as number);
        const doc = p >>> TF_BITS;
        if (doc >= to) break;
        const length = lengths[doc] as number;
        if (length < 0) continue;
        const tf = p & TF_MAX;
        const s = idf * (d + (tf * k1) / (tf + kFlat + kSlope * length)) * weight;
        const was = best[doc] as number;
        if (was === 0) conceptTouched[count++] = doc;
        if (s > was) best[doc] = s;
      }
      return count;
    }
    // A multi-word alternative: the other terms' postings are walked alongside, skipping ahead to
    // each passage of the lead (postings are in passage order): sequential reads, where a lookup
    // in each passage's forward list would be a cache miss per passage.
    const cursor = this.queryCursor;
    cursor.fill(0, start, end);
    for (; i < total; i++) {
      const p = i < packedCount ? (packed[base + i] as number) : (tail[i - packedCount] as number);
      const doc = p >>> TF_BITS;
      if (doc >= to) break;
      const length = lengths[doc] as number;
      if (length < 0) continue;
      let s = 0;
      let all = true;
      for (let j = start; j < end && all; j++) {
        let tf = p & TF_MAX;
        if (queryTerms[j] !== lead) {
          const n = this.seek(j, cursor[j] as number, doc);
          cursor[j] = n;
          const q = n < (this.queryTotal[j] as number) ? this.postingOf(j, n) : -1;
          tf = q >>> TF_BITS === doc ? q & TF_MAX : 0;
        }
        if (!tf) all = false;
        else s += (queryIdf[j] as number) * (d + (tf * k1) / (tf + kFlat + kSlope * length));
      }
      if (!all) continue;
      s = (s / (end - start)) * weight;
      const was = best[doc] as number;
      if (was === 0) conceptTouched[count++] = doc;
      if (s > was) best[doc] = s;
    }
    return count;
  }

  /** Posting n of the query's term j: its packed postings, then its tail. */
  private postingOf(j: number, n: number): number {
    const packedCount = this.queryPacked[j] as number;
    if (n < packedCount) return this.packed[(this.queryBase[j] as number) + n] as number;
    return (this.tails[this.queryTerms[j] as number] as number[])[n - packedCount] as number;
  }

  /**
   * The first of the query term j's postings from n on whose passage is at least `doc` (or their
   * count): galloping, then binary search, so a long list is mostly stepped over.
   */
  private seek(j: number, n: number, doc: number): number {
    const total = this.queryTotal[j] as number;
    let lo = n;
    let hi = n;
    for (let step = 1; hi < total && this.postingOf(j, hi) >>> TF_BITS < doc; step *= 2) {
      lo = hi + 1;
      hi += step;
    }
    if (hi > total) hi = total;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.postingOf(j, mid) >>> TF_BITS < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Title scores of this query: per article, for each concept the best value (weight × boost ×
   * IDF) of its single-word alternatives found in the headline, summed, times titleWeight.
   * Only the articles in the query terms' title postings are visited. Sets titleCache[ord] where
   * titleStamp[ord] is the stamp returned.
   */
  private scoreTitles(query: SearchQuery): number {
    const stamp = this.nextStamp();
    const ords = this.articleByOrd.length;
    if (this.titleStamp.length < ords) {
      const size = Math.max(ords, this.titleStamp.length * 2, 256);
      this.titleStamp = new Int32Array(size);
      this.titleCache = new Float64Array(size);
      this.titleRow = new Int32Array(size);
      this.titleOrds = new Int32Array(size);
    }
    const titleWeight = query.titleWeight ?? 0.3;
    if (!(titleWeight > 0)) return stamp;
    const { titleStamp, titleCache, titleRow, titleOrds, queryTerms, queryAltEnds } = this;
    const concepts = query.concepts.length;
    let rows = 0;
    let a = 0;
    let t = 0;
    for (let ci = 0; ci < concepts; ci++) {
      const concept = query.concepts[ci] as Concept;
      for (const alt of concept.alternatives) {
        const start = t;
        t = queryAltEnds[a++] as number;
        const id = queryTerms[start] as number;
        if (t - start !== 1 || id < 0) continue;
        const list = this.titlePostings.get(id);
        if (!list) continue;
        const value = alt.weight * (concept.boost ?? 1) * (this.queryIdf[start] as number);
        for (const ord of list) {
          if (titleStamp[ord] !== stamp) {
            titleStamp[ord] = stamp;
            titleOrds[rows] = ord;
            titleRow[ord] = rows++;
            if (this.titleTops.length < rows * concepts) {
              // Grown with what the rows so far hold (lost, their titles scored 0 past 1,024 rows).
              const grown = new Float64Array(Math.max(rows * concepts * 2, 1024));
              grown.set(this.titleTops);
              this.titleTops = grown;
            }
            this.titleTops.fill(0, (rows - 1) * concepts, rows * concepts);
          }
          const at = (titleRow[ord] as number) * concepts + ci;
          if (value > (this.titleTops[at] as number)) this.titleTops[at] = value;
        }
      }
    }
    const tops = this.titleTops;
    for (let r = 0; r < rows; r++) {
      let s = 0;
      for (let ci = 0; ci < concepts; ci++) s += tops[r * concepts + ci] as number;
      titleCache[titleOrds[r] as number] = s * titleWeight;
    }
    return stamp;
  }

  /** The hit for passage `doc`: which alternative of each concept it contains (by the resolved query). */
  private hit(doc: number, score: number, query: SearchQuery): SearchHit {
    // The passage's terms are marked, so an alternative's terms are checked in one step each.
    const f = this.forward.data;
    const end = this.forwardEnds.data[doc] as number;
    const mark = this.termMark;
    for (let i = this.forwardStart(doc); i < end; i++) mark[(f[i] as number) >>> TF_BITS] = 1;
    const { queryTerms, queryAltEnds } = this;
    let matched = 0;
    const matchWeights: number[] = [];
    let a = 0;
    let t = 0;
    for (let ci = 0; ci < query.concepts.length; ci++) {
      let w = 0;
      for (const alt of (query.concepts[ci] as Concept).alternatives) {
        const start = t;
        t = queryAltEnds[a++] as number;
        let all = start < t;
        for (let i = start; i < t && all; i++) {
          const id = queryTerms[i] as number;
          if (id < 0 || !mark[id]) all = false;
        }
        if (all) w = Math.max(w, alt.weight);
      }
      if (w > 0 && ci < 31) matched |= 1 << ci;
      matchWeights.push(w);
    }
    for (let i = this.forwardStart(doc); i < end; i++) mark[(f[i] as number) >>> TF_BITS] = 0;
    return {
      articleId: this.ordIds[this.ords[doc] as number] as string,
      sentence: this.docSentence.data[doc] as number,
      score,
      matched,
      matchWeights,
    };
  }
}
