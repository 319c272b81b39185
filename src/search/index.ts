/**
 * An in-memory BM25+ passage index built for many articles: terms are integer ids, each posting
 * is one small integer (passage id and term frequency packed), passages live in typed arrays, and
 * a query reuses preallocated score buffers and keeps only the top k in a small heap.
 * Articles are added and removed live; removed passages are skipped and swept out of the postings
 * once they make up half of them.
 */
import { isStopWord, termOf, tokenize } from './text.ts';
import type { IndexedArticle, PassageIndex, SearchHit, SearchQuery } from './types.ts';

/** BM25+ parameters as MiniSearch documents them (k saturation, b length, d lower bound). */
export interface Bm25Params {
  k: number;
  b: number;
  d: number;
}
export const DEFAULT_BM25: Bm25Params = { k: 1.2, b: 0.7, d: 0.5 };

const TF_BITS = 8;
const TF_MAX = (1 << TF_BITS) - 1;

class GrowableInts {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
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
  constructor(private k: number) {
    this.scores = new Float64Array(k);
    this.docs = new Int32Array(k);
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
  private postings: number[][] = [];
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

  // Query scratch, grown with the passage count and reused by every query.
  private scores = new Float64Array(0);
  private best = new Float64Array(0);
  private touched = new Int32Array(0);
  private conceptTouched = new Int32Array(0);

  constructor(params: Partial<Bm25Params> = {}) {
    this.params = { ...DEFAULT_BM25, ...params };
  }

  private termId(term: string, create: boolean): number {
    let id = this.termIds.get(term);
    if (id === undefined && create) {
      id = this.postings.length;
      this.termIds.set(term, id);
      this.postings.push([]);
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
    if (this.articles.has(article.id)) this.remove(article.id);
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
        (this.postings[id] as number[]).push((doc << TF_BITS) | Math.min(tf, TF_MAX));
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
    this.articles.set(article.id, entry);
    this.articleByOrd.push(entry);
    this.titles.set(article.id, article.title);
    this.passageTexts.set(
      article.id,
      article.passages.map((p) => p.text),
    );
    this.growScratch();
  }

  private titles = new Map<string, string>();
  /** The passages' texts (shared strings, not copies), to take their words out on removal. */
  private passageTexts = new Map<string, string[]>();

  remove(articleId: string): boolean {
    const entry = this.articles.get(articleId);
    if (!entry) return false;
    this.countWords(this.titles.get(articleId) ?? '', -1);
    for (let doc = entry.firstDoc; doc < entry.firstDoc + entry.docCount; doc++) {
      this.docAlive.data[doc] = 0;
      for (let i = this.forwardStart(doc); i < (this.forwardEnds.data[doc] as number); i++) {
        const id = (this.forward.data[i] as number) >>> TF_BITS;
        this.df.data[id] = (this.df.data[id] as number) - 1;
        this.deadPostings++;
      }
      this.totalLength -= this.docLength.data[doc] as number;
      this.liveDocs--;
    }
    for (const text of this.passageTexts.get(articleId) ?? []) this.countWords(text, -1);
    this.passageTexts.delete(articleId);
    this.titles.delete(articleId);
    this.articles.delete(articleId);
    this.articleByOrd[entry.ord] = undefined;
    if (this.deadPostings > 1024 && this.deadPostings > this.forward.length / 2) this.sweep();
    return true;
  }

  private sweep(): void {
    for (const list of this.postings) {
      let w = 0;
      for (let r = 0; r < list.length; r++) {
        const p = list[r] as number;
        if (this.docAlive.data[p >>> TF_BITS]) list[w++] = p;
      }
      list.length = w;
    }
    this.deadPostings = 0;
  }

  private forwardStart(doc: number): number {
    return doc === 0 ? 0 : (this.forwardEnds.data[doc - 1] as number);
  }

  private growScratch(): void {
    const n = this.docArticle.length;
    if (this.scores.length >= n) return;
    const size = Math.max(n, this.scores.length * 2, 1024);
    this.scores = new Float64Array(size);
    this.best = new Float64Array(size);
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

  hasWord(word: string): boolean {
    return this.wordCounts.has(word);
  }

  words(): Iterable<string> {
    return this.wordCounts.keys();
  }

  /** Frequency of term `id` in passage `doc` (0: absent), by binary search in its forward list. */
  private tfOf(doc: number, id: number): number {
    let lo = this.forwardStart(doc);
    let hi = (this.forwardEnds.data[doc] as number) - 1;
    const f = this.forward.data;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = (f[mid] as number) >>> TF_BITS;
      if (v === id) return (f[mid] as number) & TF_MAX;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  search(query: SearchQuery): SearchHit[] {
    const { k, b, d } = this.params;
    const filter = query.articleId === undefined ? -1 : (this.articles.get(query.articleId)?.ord ?? -2);
    if (filter === -2 || this.liveDocs === 0 || query.limit <= 0) return [];
    const avg = this.totalLength / this.liveDocs || 1;
    const { scores, best, touched, conceptTouched } = this;
    const alive = this.docAlive.data;
    const docArticle = this.docArticle.data;
    const docLength = this.docLength.data;
    let touchedCount = 0;
    const k1 = k + 1;
    const kFlat = k * (1 - b);
    const kSlope = (k * b) / avg;
    const ids = query.concepts.map((c) =>
      c.alternatives.map((a) => a.terms.map((t) => this.termId(t, false))),
    );

    query.concepts.forEach((concept, ci) => {
      let count = 0;
      concept.alternatives.forEach((alt, ai) => {
        const altIds = ids[ci]?.[ai] ?? [];
        if (!altIds.length || altIds.some((id) => id < 0)) return;
        // Walk the rarest term's postings; the other terms (multi-word synonyms) are looked up.
        let lead = altIds[0] as number;
        for (const id of altIds) if ((this.df.data[id] as number) < (this.df.data[lead] as number)) lead = id;
        const idfs = altIds.map((id) => this.idfOf(this.df.data[id] as number));
        for (const p of this.postings[lead] as number[]) {
          const doc = p >>> TF_BITS;
          if (!alive[doc] || (filter >= 0 && docArticle[doc] !== filter)) continue;
          const length = docLength[doc] as number;
          let s = 0;
          if (altIds.length === 1) {
            const tf = p & TF_MAX;
            s = (idfs[0] as number) * (d + (tf * k1) / (tf + kFlat + kSlope * length));
          } else {
            let all = true;
            for (let i = 0; i < altIds.length && all; i++) {
              const id = altIds[i] as number;
              const tf = id === lead ? p & TF_MAX : this.tfOf(doc, id);
              if (!tf) all = false;
              else s += (idfs[i] as number) * (d + (tf * k1) / (tf + kFlat + kSlope * length));
            }
            if (!all) continue;
            s /= altIds.length;
          }
          s *= alt.weight;
          if ((best[doc] as number) === 0) conceptTouched[count++] = doc;
          if (s > (best[doc] as number)) best[doc] = s;
        }
      });
      const boost = concept.boost ?? 1;
      for (let i = 0; i < count; i++) {
        const doc = conceptTouched[i] as number;
        if ((scores[doc] as number) === 0) touched[touchedCount++] = doc;
        scores[doc] = (scores[doc] as number) + (best[doc] as number) * boost;
        best[doc] = 0;
      }
    });

    const titleWeight = query.titleWeight ?? 0.3;
    // Title matches: the query's single-word alternatives by term id, so an article's few title
    // terms are looked up instead of every alternative tested against every title.
    const byTerm = new Map<number, { ci: number; value: number }[]>();
    query.concepts.forEach((concept, ci) => {
      concept.alternatives.forEach((alt, ai) => {
        const altIds = ids[ci]?.[ai] ?? [];
        const id = altIds[0];
        if (altIds.length !== 1 || id === undefined || id < 0) return;
        const value = alt.weight * (concept.boost ?? 1) * this.idfOf(this.df.data[id] as number);
        const list = byTerm.get(id);
        if (list) list.push({ ci, value });
        else byTerm.set(id, [{ ci, value }]);
      });
    });
    const titleScores = new Map<number, number>();
    const conceptTop = new Float64Array(query.concepts.length);
    const titleScore = (ord: number): number => {
      let s = titleScores.get(ord);
      if (s !== undefined) return s;
      s = 0;
      const title = this.articleByOrd[ord]?.titleTerms;
      if (title && titleWeight > 0 && byTerm.size) {
        conceptTop.fill(0);
        for (const id of title)
          for (const { ci, value } of byTerm.get(id) ?? [])
            if (value > (conceptTop[ci] as number)) conceptTop[ci] = value;
        for (const v of conceptTop) s += v;
      }
      s *= titleWeight;
      titleScores.set(ord, s);
      return s;
    };

    const heap = new TopK(Math.min(query.limit, Math.max(1, touchedCount)));
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const s = (scores[doc] as number) + titleScore(docArticle[doc] as number);
      scores[doc] = 0;
      heap.offer(s, doc);
    }
    return heap.drain().map(({ score, doc }) => this.hit(doc, score, query, ids));
  }

  private hit(doc: number, score: number, query: SearchQuery, ids: number[][][]): SearchHit {
    let matched = 0;
    const matchWeights = query.concepts.map((concept, ci) => {
      let w = 0;
      concept.alternatives.forEach((alt, ai) => {
        const altIds = ids[ci]?.[ai] ?? [];
        if (altIds.length && altIds.every((id) => id >= 0 && this.tfOf(doc, id) > 0))
          w = Math.max(w, alt.weight);
      });
      if (w > 0 && ci < 31) matched |= 1 << ci;
      return w;
    });
    const article = this.articleByOrd[this.docArticle.data[doc] as number] as ArticleEntry;
    return {
      articleId: article.id,
      sentence: this.docSentence.data[doc] as number,
      score,
      matched,
      matchWeights,
    };
  }
}
